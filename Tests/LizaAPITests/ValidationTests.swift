import Testing
import LizaAPI
import OrderedJSON

@Suite("Validation")
struct ValidationTests {
    /// The validation error `body` throws (nil when it passes).
    func failure<T>(_ body: () throws(LizaError) -> T) -> LizaError? {
        do {
            _ = try body()
            return nil
        } catch {
            #expect(error.kind == .validation)
            return error
        }
    }

    @Test func categories() throws {
        #expect(try Validation.category("CRM") == .crm)
        #expect(try Validation.category("hris") == .hr)
        let typo = failure { () throws(LizaError) in try Validation.category("crn") }
        #expect(typo?.message == "unknown category 'crn' — did you mean 'crm'?")
        #expect(typo?.field == .category)
        let unified = failure { () throws(LizaError) in try Validation.category("commerse") }
        #expect(unified?.message == "unknown category 'commerse' — did you mean 'ecommerce'?")
        let far = failure { () throws(LizaError) in try Validation.category("zzzzzzzz") }
        #expect(far?.message.hasPrefix("unknown category 'zzzzzzzz' — expected one of crm, ticketing") == true)
        #expect(try Validation.categories(named: ["crm", "CRM", "hris", "hr"]) == [.crm, .hr])
        let listTypo = failure { () throws(LizaError) in try Validation.categories(named: ["crm", "tikceting"]) }
        #expect(listTypo?.field == .categories)
        #expect(listTypo?.message == "unknown category 'tikceting' — did you mean 'ticketing'?")
        let empty = failure { () throws(LizaError) in try Validation.categories(named: []) }
        #expect(empty?.message == "choose at least one category (e.g. crm)")
        #expect(empty?.field == .categories)
    }

    @Test func connectRequest() throws {
        let ok = try Validation.validated(ConnectRequest(integrationType: "hubspot", categories: [.crm, .crm], redirectURL: "", externalXref: ""))
        #expect(ok.categories == [.crm])
        #expect(ok.redirectURL == nil)
        #expect(ok.externalXref == nil)
        let noType = failure { () throws(LizaError) in try Validation.validated(ConnectRequest(integrationType: "  ", categories: [.crm])) }
        #expect(noType?.field == .integrationType)
        #expect(noType?.message == "integration_type must not be empty (e.g. hubspot)")
        let noCategories = failure { () throws(LizaError) in try Validation.validated(ConnectRequest(integrationType: "x", categories: [])) }
        #expect(noCategories?.field == .categories)
    }

    @Test("redirect_url", arguments: [
        ("https://example.com/done", true), ("http://localhost:8080/cb?x=1", true), ("HTTPS://EXAMPLE.COM", true),
        ("example.com/done", false), ("/done", false), ("ftp://example.com", false), ("https://", false),
        ("https:///path", false), ("https://exa mple.com", false), ("javascript:alert(1)", false), ("https://ex\nample.com", false),
    ])
    func redirectURL(url: String, valid: Bool) {
        let error = failure { () throws(LizaError) in try Validation.redirectURL(url) }
        #expect((error == nil) == valid)
        if let error {
            #expect(error.field == .redirectURL)
            #expect(error.message.hasPrefix("redirect_url must be an absolute http(s) URL"))
        }
    }

    @Test func limitsAndOffsets() throws {
        #expect(try Validation.limit(1) == 1)
        #expect(try Validation.limit(100) == 100)
        for bad in [0, 101, -5] {
            let error = failure { () throws(LizaError) in try Validation.limit(bad) }
            #expect(error?.message == "limit must be between 1 and 100 (got \(bad))")
            #expect(error?.field == .limit)
        }
        let offset = failure { () throws(LizaError) in try Validation.offset(-1) }
        #expect(offset?.message == "offset must not be negative (got -1)")
        #expect(offset?.field == .offset)
    }

    @Test("updated_gte normalization", arguments: [
        ("2026-01-31", "2026-01-31T00:00:00Z"),
        ("2026-01-31T12:30:00Z", "2026-01-31T12:30:00Z"),
        ("2026-01-31t12:30:00z", "2026-01-31T12:30:00Z"),
        ("2026-01-31T12:30Z", "2026-01-31T12:30:00Z"),
        ("2026-01-31T12:30:00.123Z", "2026-01-31T12:30:00.123Z"),
        ("2026-01-31T01:30:00+02:00", "2026-01-30T23:30:00Z"),
        ("2026-12-31T23:30:00-0130", "2027-01-01T01:00:00Z"),
        ("2024-02-29 10:00:00+01", "2024-02-29T09:00:00Z"),
        ("2026-03-01T00:00:00+00:30", "2026-02-28T23:30:00Z"),
    ])
    func updatedSinceAccepted(input: String, normalized: String) throws {
        #expect(try Validation.updatedSince(input) == normalized)
    }

    @Test("updated_gte rejected", arguments: [
        "yesterday", "2026-1-31", "2026-13-01", "2026-02-30", "2025-02-29", "2026-01-31T12:00:00", "2026-01-31T25:00:00Z",
        "2026-01-31T12:60Z", "2026-01-31T12:00:00+2", "31.01.2026", "2026-01-31Z", "", "2026-01-31T12:00:00.Z", "2026-01-31T12:00:00ZZ",
    ])
    func updatedSinceRejected(input: String) {
        let error = failure { () throws(LizaError) in try Validation.updatedSince(input) }
        #expect(error?.field == .updatedSince)
        #expect(error?.message.hasPrefix("updated_gte must be an ISO 8601 date or timestamp with a time zone") == true)
    }

    @Test func passthroughInputs() throws {
        #expect(try Validation.method("patch") == .PATCH)
        let method = failure { () throws(LizaError) in try Validation.method("FETCH") }
        #expect(method?.message == "method must be one of GET, POST, PUT, PATCH, DELETE (got 'FETCH')")
        #expect(method?.field == .method)
        let path = failure { () throws(LizaError) in try Validation.validated(PassthroughRequest(method: .GET, path: " ")) }
        #expect(path?.message == "path must not be empty (e.g. /crm/v3/objects/contacts)")
        #expect(path?.field == .path)
        for (data, kind) in [(JSONValue.array([]), "an array"), (.string("x"), "a string"), (.number("1"), "a number"), (.bool(true), "a boolean")] {
            let error = failure { () throws(LizaError) in try Validation.validated(PassthroughRequest(method: .POST, path: "/x", data: data)) }
            #expect(error?.message == "data must be a JSON object or null (got \(kind))")
            #expect(error?.field == .data)
        }
        #expect(try Validation.validated(PassthroughRequest(method: .POST, path: "/x", data: .null)).data == .null)
        #expect(try Validation.validated(PassthroughRequest(method: .POST, path: "/x", data: .object([]))).data == .object([]))
    }

    @Test func identifiers() throws {
        for bad in ["", "   ", ".", "..", "a\u{7}b"] {
            let error = failure { () throws(LizaError) in try Validation.connectionID(bad) }
            #expect(error?.field == .connectionID)
        }
        #expect(failure { () throws(LizaError) in try Validation.connectionID("") }?.message == "connection id must not be empty")
        #expect(try Validation.connectionID("a/b") == "a/b")
    }

    @Test func objectTypes() throws {
        let typo = failure { () throws(LizaError) in try Validation.objectType("contcat", in: .crm) }
        #expect(typo?.message == "unknown object type 'contcat' for crm — did you mean 'contact'?")
        #expect(typo?.field == .objectType)
        #expect(try Validation.objectType("Deal", in: .crm) == "deal")
        #expect(try Validation.objectType("custom_object_x", in: .crm) == "custom_object_x")
        #expect(failure { () throws(LizaError) in try Validation.objectType("", in: .crm) }?.message == "object type must not be empty")
        let ticket = failure { () throws(LizaError) in try Validation.objectType("tikcet", in: .ticketing) }
        #expect(ticket?.message == "unknown object type 'tikcet' for ticketing — did you mean 'ticket'?")
    }

    @Test func filtersAndLookupFields() throws {
        let filter = failure { () throws(LizaError) in try Validation.parameters(["compnay_id": "1"], for: "contact", in: .crm) }
        #expect(filter?.message == "unknown parameter 'compnay_id' for crm/contact — did you mean 'company_id'?")
        #expect(try Validation.parameters(["raw": "x"], for: "contact", in: .crm) == ["raw": "x"])
        let noFields = failure { () throws(LizaError) in try Validation.lookupFields(["email": ""], for: "person", in: .enrichment) }
        #expect(noFields?.message == "a lookup needs at least one field (email, linkedin_url, name, twitter, company_name)")
        #expect(noFields?.field == .fields)
        let typo = failure { () throws(LizaError) in try Validation.lookupFields(["emial": "a@b"], for: "person", in: .enrichment) }
        #expect(typo?.message == "unknown parameter 'emial' for enrichment/person — did you mean 'email'?")
    }

    @Test func clientValidatesBeforeSending() async throws {
        let stub = StubTransport([])
        let client = try TestClient.make(stub)
        let cases: [(LizaError.Field, @Sendable () async throws(LizaError) -> Void)] = [
            (.limit, { () async throws(LizaError) in _ = try await client.records(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", limit: 0)) }),
            (.offset, { () async throws(LizaError) in _ = try await client.records(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", offset: -1)) }),
            (.updatedSince, { () async throws(LizaError) in _ = try await client.records(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", updatedSince: "soon")) }),
            (.objectType, { () async throws(LizaError) in _ = try await client.records(RecordQuery(connectionID: "c", category: .crm, objectType: "contcat")) }),
            (.connectionID, { () async throws(LizaError) in _ = try await client.records(RecordQuery(connectionID: "", category: .crm, objectType: "contact")) }),
            (.connectionID, { () async throws(LizaError) in _ = try await client.connection(id: "") }),
            (.connectionID, { () async throws(LizaError) in try await client.deleteConnection(id: "..") }),
            (.connectionID, { () async throws(LizaError) in _ = try await client.callback(connectionID: " ") }),
            (.categories, { () async throws(LizaError) in _ = try await client.connect(ConnectRequest(integrationType: "hubspot", categories: [])) }),
            (.integrationType, { () async throws(LizaError) in _ = try await client.connect(ConnectRequest(integrationType: "", categories: [.crm])) }),
            (.redirectURL, { () async throws(LizaError) in _ = try await client.connect(ConnectRequest(integrationType: "x", categories: [.crm], redirectURL: "nope")) }),
            (.path, { () async throws(LizaError) in _ = try await client.passthrough(connectionID: "c", PassthroughRequest(method: .GET, path: "")) }),
            (.data, { () async throws(LizaError) in _ = try await client.passthrough(connectionID: "c", PassthroughRequest(method: .GET, path: "/x", data: .array([]))) }),
            (.fields, { () async throws(LizaError) in _ = try await client.lookup(connectionID: "c", category: .enrichment, objectType: "person", fields: [:]) }),
        ]
        for (field, call) in cases {
            let error = await liza { () async throws(LizaError) in try await call() }
            #expect(error?.kind == .validation, "\(field)")
            #expect(error?.field == field)
        }
        #expect(stub.requestCount == 0)
    }
}
