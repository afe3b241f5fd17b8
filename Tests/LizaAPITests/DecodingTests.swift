import Testing
import LizaAPI
import OrderedJSON

@Suite("Tolerant decoding")
struct DecodingTests {
    @Test("list envelopes", arguments: [
        #"[{"id":"1"},{"id":"2"}]"#,
        #"{"data":[{"id":"1"},{"id":"2"}]}"#,
        #"{"data":[{"id":"1"},{"id":"2"}],"pagination":{"total":128,"page":1,"pageSize":50,"totalPages":3}}"#,
        #"{"items":[{"id":"1"},{"id":"2"}],"total":2,"limit":50,"offset":0,"has_more":false}"#,
        #"{"results":[{"id":"1"},{"id":"2"}]}"#,
        #"{"data":{"items":[{"id":"1"},{"id":"2"}]}}"#,
    ])
    func listEnvelopes(text: String) throws {
        let list = try ResponseEnvelope.list(try JSONValue.parse(text), what: "records")
        #expect(list.items.map { $0["id"] } == [.string("1"), .string("2")])
    }

    @Test func envelopePagingFacts() throws {
        let data = try ResponseEnvelope.list(try JSONValue.parse(#"{"data":[],"pagination":{"total":128,"page":1,"pageSize":50,"totalPages":3}}"#), what: "x")
        #expect(data.total == 128)
        #expect(data.hasMore == true)
        #expect(data.limit == 50)
        let items = try ResponseEnvelope.list(try JSONValue.parse(#"{"items":[],"total":"7","limit":5,"offset":5,"has_more":false}"#), what: "x")
        #expect(items.total == 7)
        #expect(items.hasMore == false)
        #expect(items.offset == 5)
        let bare = try ResponseEnvelope.list(.array([]), what: "x")
        #expect(bare.total == nil && bare.hasMore == nil)
    }

    @Test func notAList() throws {
        let value = try JSONValue.parse(#"{"foo":[1],"bar":2}"#)
        do throws(LizaError) {
            _ = try ResponseEnvelope.list(value, what: "connections")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .decoding)
            #expect(error.message.contains("expected a list of connections"))
            #expect(error.message.contains("foo, bar"))
        }
        #expect(throws: LizaError.self) { try ResponseEnvelope.list(.string("x"), what: "x") }
    }

    @Test func singleEnvelope() throws {
        let bare = try JSONValue.parse(#"{"id":"c1","data":"x"}"#)
        #expect(ResponseEnvelope.single(bare) == bare)
        let wrapped = try JSONValue.parse(#"{"data":{"id":"c1"},"meta":{}}"#)
        #expect(ResponseEnvelope.single(wrapped) == .object([(key: "id", value: .string("c1"))]))
        // A real object that happens to have a `data` member is not unwrapped.
        let record = try JSONValue.parse(#"{"id":"c1","data":{"x":1}}"#)
        #expect(ResponseEnvelope.single(record) == record)
    }

    @Test func integrationDecoding() throws {
        let json = try JSONValue.parse(#"{"type":"hubspot","name":"HubSpot","categories":["crm","commerce","enrich","martech","hris","auth","crm"],"logo_url":"x"}"#)
        let integration = try Integration(json: json)
        #expect(integration.type == "hubspot")
        #expect(integration.name == "HubSpot")
        #expect(integration.categories == [.crm, .ecommerce, .enrichment, .marketing, .hr])
        #expect(integration.otherCategories == ["auth"])
        #expect(integration.raw == json)
        let minimal = try Integration(json: try JSONValue.parse(#"{"type":7}"#))
        #expect(minimal.type == "7")
        #expect(minimal.name == "7")
        #expect(minimal.categories.isEmpty)
    }

    @Test func integrationMissingType() throws {
        let value = try JSONValue.parse(#"{"name":"HubSpot"}"#)
        do throws(LizaError) {
            _ = try Integration(json: value)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .decoding)
            #expect(error.field == .type)
            #expect(error.message == "integration is missing field 'type'")
        }
        #expect(throws: LizaError.self) { try Integration(json: .array([])) }
    }

    @Test func connectionDecoding() throws {
        let json = try JSONValue.parse("""
        {"id":"65f1","workspace_id":"w","integration_type":"hubspot","integration_name":"HubSpot","external_xref":"u-1",
         "categories":["crm","passthrough","hris"],"permissions":["crm_contact_read"],"environment":"Production","is_paused":false,
         "created_at":"2026-05-02T09:14:11.000Z","updated_at":"2026-05-02T09:14:11.000Z","last_healthy_at":"2026-05-03T10:00:00.000Z",
         "last_unhealthy_at":"2026-05-04T10:00:00.000Z","last_unhealthy_code":401,"status":"pending"}
        """)
        let c = try Connection(json: json)
        #expect(c.id == "65f1")
        #expect(c.integrationType == "hubspot")
        #expect(c.integrationName == "HubSpot")
        #expect(c.externalXref == "u-1")
        #expect(c.categories == [.crm, .hr])
        #expect(c.otherCategories == ["passthrough"])
        #expect(c.permissions == ["crm_contact_read"])
        #expect(c.isPaused == false)
        #expect(c.createdAt == "2026-05-02T09:14:11.000Z")
        #expect(c.lastUnhealthyCode == "401")
        #expect(c.health == "unhealthy (401)")
        #expect(c.isPending)
        #expect(c.raw == json)
    }

    @Test func connectionCamelCaseAndNumericID() throws {
        let c = try Connection(json: try JSONValue.parse(#"{"id":123456789012345678901,"integrationType":"slack","isPaused":"true","createdAt":"x"}"#))
        #expect(c.id == "123456789012345678901")
        #expect(c.integrationType == "slack")
        #expect(c.isPaused == true)
        #expect(c.createdAt == "x")
    }

    @Test func connectionMissingFields() throws {
        for (text, field) in [(#"{"integration_type":"x"}"#, LizaError.Field.id), (#"{"id":""}"#, .id), (#"{"id":"c1"}"#, .integrationType)] {
            let value = try JSONValue.parse(text)
            do throws(LizaError) {
                _ = try Connection(json: value)
                Issue.record("expected an error for \(text)")
            } catch {
                #expect(error.kind == .decoding)
                #expect(error.field == field)
                #expect(error.message.contains("missing field '\(field)'"))
            }
        }
    }

    @Test func listItemErrorsNameTheIndex() async throws {
        let stub = StubTransport([.respond(.json(#"[{"id":"a","integration_type":"x"},{"integration_type":"y"}]"#))])
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub).connections() }
        #expect(error?.kind == .decoding)
        #expect(error?.message == "connections[1]: connection is missing field 'id'")
        #expect(error?.field == .id)
    }

    @Test func connectResponseDecoding() throws {
        let r = try ConnectResponse(json: try JSONValue.parse(#"{"url":"https://x.example/a","connection_id":17}"#))
        #expect(r.connectionID == "17")
        let noURL = try JSONValue.parse(#"{"connection_id":"c1"}"#)
        do throws(LizaError) {
            _ = try ConnectResponse(json: noURL)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == .url)
            #expect(error.kind == .decoding)
        }
        let noID = try JSONValue.parse(#"{"url":"https://x"}"#)
        do throws(LizaError) {
            _ = try ConnectResponse(json: noID)
            Issue.record("expected an error")
        } catch {
            #expect(error.field == .connectionID)
        }
    }

    @Test func categoryListForms() {
        #expect(CategoryList(json: .string("crm, hris ,bogus")) == CategoryList(known: [.crm, .hr], other: ["bogus"]))
        #expect(CategoryList(json: nil) == CategoryList())
        #expect(CategoryList(json: .number("3")) == CategoryList())
        #expect(CategoryList(names: ["CRM", "Commerce", "ecommerce"]).known == [.crm, .ecommerce])
    }

    @Test func everyListEndpointAcceptsEveryEnvelope() async throws {
        let item = #"{"id":"c1","type":"hubspot","integration_type":"hubspot"}"#
        let envelopes = ["[\(item)]", #"{"data":[\#(item)]}"#, #"{"items":[\#(item)],"total":1}"#, #"{"results":[\#(item)]}"#,
                         #"{"data":[\#(item)],"pagination":{"total":1}}"#]
        for envelope in envelopes {
            let stub = StubTransport([.respond(.json(envelope)), .respond(.json(envelope)), .respond(.json(envelope))])
            let client = try TestClient.make(stub)
            #expect(try await client.integrations().count == 1)
            #expect(try await client.connections().count == 1)
            let page = try await client.records(RecordQuery(connectionID: "c1", category: .crm, objectType: "contact"))
            #expect(page.records.count == 1)
        }
    }

    @Test func singleObjectEndpointsAcceptDataWrapper() async throws {
        let stub = StubTransport([.respond(.json(#"{"data":{"id":"c1","integration_type":"hubspot"}}"#))])
        let c = try await TestClient.make(stub).connection(id: "c1")
        #expect(c.id == "c1")
    }

    @Test func recordPageHasMore() async throws {
        let full = "[" + (0..<5).map { #"{"id":\#($0)}"# }.joined(separator: ",") + "]"
        let stub = StubTransport([
            .respond(.json(full)),
            .respond(.json(#"{"items":[{"id":1}],"total":10,"has_more":true}"#)),
            .respond(.json(#"{"data":[{"id":1},{"id":2}],"pagination":{"total":7}}"#)),
            .respond(.json(#"{"data":[{"id":1},{"id":2}],"pagination":{"total":12}}"#)),
        ])
        let client = try TestClient.make(stub)
        let q = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 5, offset: 5)
        #expect(try await client.records(q).hasMore == true)
        let explicit = try await client.records(q)
        #expect(explicit.hasMore == true)
        #expect(explicit.total == 10)
        #expect(try await client.records(q).hasMore == false)
        #expect(try await client.records(q).hasMore == true)
    }

    @Test func malformedJSONInSuccessIsDecodingError() async throws {
        let stub = StubTransport([
            .respond(.json(#"[{"id":1},"#)),
            .respond(.text("<html><head><title>Login required</title></head></html>", status: 200, contentType: "text/html")),
            .respond(HTTPResponse(status: 200)),
        ])
        let client = try TestClient.make(stub)
        let malformed = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(malformed?.kind == .decoding)
        #expect(malformed?.status == 200)
        #expect(malformed?.message.contains("not valid JSON (line 1, column 11") == true)
        let html = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(html?.kind == .decoding)
        #expect(html?.message == "the server sent an HTML page instead of JSON: Login required")
        let empty = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(empty?.message == "the server sent an empty response where JSON was expected")
    }
}
