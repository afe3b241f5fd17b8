@testable import LizaSandbox
import LizaAPI
import LizaTesting
import OrderedJSON
import Testing

/// Regressions for what fuzzing the sandbox against its own OpenAPI document found
/// (`scripts/fuzz-sandbox.sh`), and checks that the document states what the routes enforce.
@Suite struct FuzzRegressionTests {
    /// The seeded connection of an integration.
    func connection(_ integration: String, in s: TestSandbox) async throws -> String {
        let items = try await s.request("GET", "/api/v1/integrations/connections").items
        let c = items.first { $0["integration_type"]?.stringValue == integration }
        return try #require(c?["id"]?.stringValue, "no seeded \(integration) connection")
    }

    // MARK: Implementation bugs

    /// RFC 9110 requires `Allow` on a 405; the API routes sent none (only /openapi.json and the
    /// authorize page did).
    @Test func wrongMethodOnAnAPIRouteIs405WithAllow() async throws {
        try await withSandbox { s in
            let hubspot = s.server.seededConnectionIDs[0]
            let cases: [(String, String, String)] = [
                ("TRACE", "/api/v1/integrations", "GET, HEAD"),
                ("PUT", "/api/v1/integrations/connections", "GET, HEAD"),
                ("GET", "/api/v1/integrations/connect", "POST"),
                ("PATCH", "/api/v1/integrations/callback", "POST"),
                ("POST", "/api/v1/integrations/connections/\(hubspot)", "GET, DELETE, HEAD"),
                ("OPTIONS", "/api/v1/integrations/\(hubspot)/crm/contact", "GET, HEAD"),
                ("DELETE", "/api/v1/integrations/\(hubspot)/passthrough", "POST"),
                ("POST", "/openapi.json", "GET, HEAD"),
            ]
            for (method, path, allow) in cases {
                let r = try await s.request(method, path)
                #expect(r.status == 405, "\(method) \(path)")
                #expect(r.header("allow") == allow, "\(method) \(path)")
                #expect(try r.json["statusCode"] == .int(405))
            }
        }
    }

    /// HEAD answers wherever GET does (status and headers of the GET, no body); it was a 405.
    @Test func headWorksWhereGetDoes() async throws {
        try await withSandbox { s in
            let hubspot = s.server.seededConnectionIDs[0]
            for path in ["/api/v1/integrations", "/api/v1/integrations/connections", "/api/v1/integrations/connections/\(hubspot)",
                         "/api/v1/integrations/\(hubspot)/crm/contact?limit=2"] {
                let r = try await s.request("HEAD", path)
                let get = try await s.request("GET", path)
                #expect(r.status == 200, "\(path)")
                #expect(r.body.isEmpty)
                #expect(r.header("content-type")?.hasPrefix("application/json") == true)
                #expect(r.header("content-length") == String(get.body.count), "\(path)")
            }
            let missing = try await s.request("HEAD", "/api/v1/integrations/connections/nope")
            #expect(missing.status == 404)
            let post = try await s.request("HEAD", "/api/v1/integrations/connect")
            #expect(post.status == 405)
            #expect(post.header("allow") == "POST")
        }
    }

    /// Lookups hash their fields to an index far past the list, and `updated_at` ran back
    /// thousands of years (`-5808-04-02T…`, not a date-time) — and before `created_at`.
    @Test func enrichmentLookupTimesStayInsideTheDataSpan() async throws {
        try await withSandbox { s in
            let clearbit = try await connection("clearbit", in: s)
            let queries = ["person?email=b%C2%B0%2C%F1%A5%88%83&company_name=0%F1%B0%84%8C",
                           "person?email=ada%40acme.example", "person?name=Grace%20Hopper", "person?twitter=%40x",
                           "company?domain=acme.example", "company?name=Initech"]
            let oldest = ISOTime.parse("2020-01-01T00:00:00Z") ?? 0
            for q in queries {
                let r = try await s.request("GET", "/api/v1/integrations/\(clearbit)/enrichment/\(q)")
                #expect(r.status == 200, "\(q): \(r.text.prefix(200))")
                let record = try r.json
                let updated = try #require(record["updated_at"]?.stringValue.flatMap(ISOTime.parse), "\(q)")
                let created = try #require(record["created_at"]?.stringValue.flatMap(ISOTime.parse), "\(q)")
                #expect(updated >= oldest, "\(q): \(record["updated_at"]?.stringValue ?? "")")
                #expect(updated <= s.server.options.referenceTime)
                #expect(created <= updated, "\(q)")
            }
        }
    }

    /// Lookups skipped the list-parameter checks, so `limit=abc` on enrichment/person was a 200.
    @Test(arguments: [
        ("limit=abc", "limit must be an integer between 1 and 100"),
        ("limit=0", "limit must be an integer between 1 and 100"),
        ("offset=-5", "offset must be an integer between 0 and 2147483647"),
        ("updated_gte=soon", "updated_gte must be an ISO 8601"),
    ])
    func lookupsValidateTheListParametersToo(_ query: String, _ expected: String) async throws {
        try await withSandbox { s in
            let clearbit = try await connection("clearbit", in: s)
            let r = try await s.request("GET", "/api/v1/integrations/\(clearbit)/enrichment/person?email=ada%40acme.example&\(query)")
            #expect(r.status == 400, "\(r.text)")
            #expect(r.message.contains(expected), "\(r.message)")
        }
    }

    /// An offset above the documented maximum is a 400 that names the range (the document
    /// promised no maximum before, so valid-looking big offsets were refused unannounced).
    @Test func offsetAboveTheDocumentedMaximumIs400() async throws {
        try await withSandbox { s in
            let hubspot = s.server.seededConnectionIDs[0]
            let ok = try await s.request("GET", "/api/v1/integrations/\(hubspot)/crm/contact?offset=2147483647")
            #expect(ok.status == 200)
            #expect(try ok.items.isEmpty)
            let r = try await s.request("GET", "/api/v1/integrations/\(hubspot)/crm/contact?offset=2147483648")
            #expect(r.status == 400)
            #expect(r.message.contains("between 0 and 2147483647"))
        }
    }

    /// A passthrough `path` of only line breaks/tabs was accepted (only spaces counted as blank);
    /// now blank means exactly what the document's pattern says.
    @Test func blankPassthroughPathsAre400() async throws {
        try await withSandbox { s in
            let hubspot = s.server.seededConnectionIDs[0]
            for path in ["", " ", "\n", "\t\r\n", "\u{0B}\u{0C}"] {
                let r = try await s.request("POST", "/api/v1/integrations/\(hubspot)/passthrough",
                                            body: body([("method", .string("GET")), ("path", .string(path))]))
                #expect(r.status == 400, "\(path.debugDescription)")
                #expect(r.message.contains("path must not be empty or blank"), "\(r.message)")
            }
            // A no-break space is content (as in the pattern); the echo answers.
            let nbsp = try await s.request("POST", "/api/v1/integrations/\(hubspot)/passthrough",
                                           body: body([("method", .string("GET")), ("path", .string("\u{A0}"))]))
            #expect(nbsp.status == 200)
        }
    }

    // MARK: The document states what the routes enforce

    @Test func blankRuleAndItsPatternAgree() {
        #expect(Validation.nonBlankPattern == #"[^ \t\n\r\f\v]"#)
        for blank in ["", " ", "\t\n\r", "\u{0B}\u{0C} "] { #expect(!Validation.isNonBlank(blank)) }
        for text in ["/x", " a ", "\u{A0}", "\u{1C}", "\u{2028}"] { #expect(Validation.isNonBlank(text)) }
    }

    /// Every alternative of ConnectRequest (one per enabled integration, with the categories it
    /// supports) is accepted with 201; an integration or category outside them is a 400.
    @Test func connectRequestAlternativesAreExactlyWhatConnectAccepts() async throws {
        try await withSandbox { s in
            let doc = try await s.request("GET", "/openapi.json", auth: .none).json
            let alternatives = try #require(doc["components"]?["schemas"]?["ConnectRequest"]?["oneOf"]?.arrayValue)
            let enabled = IntegrationDirectory.all.filter(\.isActive)
            #expect(alternatives.count == enabled.count)
            for alternative in alternatives {
                let type = try #require(alternative["properties"]?["integration_type"]?["enum"]?[0]?.stringValue)
                let categories = try #require(alternative["properties"]?["categories"]?["items"]?["enum"]?.arrayValue)
                let entry = try #require(IntegrationDirectory.entry(type))
                #expect(categories.compactMap(\.stringValue) == entry.categories.map(\.rawValue))
                let r = try await s.request("POST", "/api/v1/integrations/connect",
                                            body: body([("integration_type", .string(type)), ("categories", .array(categories))]))
                #expect(r.status == 201, "\(type): \(r.text)")
                let unsupported = Category.allCases.first { !entry.categories.contains($0) }
                if let unsupported {
                    let bad = try await s.request("POST", "/api/v1/integrations/connect",
                                                  body: body([("integration_type", .string(type)), ("categories", .array([.string(unsupported.rawValue)]))]))
                    #expect(bad.status == 400, "\(type) \(unsupported)")
                }
            }
            let disabled = try #require(IntegrationDirectory.all.first { !$0.isActive })
            let r = try await s.request("POST", "/api/v1/integrations/connect",
                                        body: body([("integration_type", .string(disabled.type)), ("categories", .array([.string("calendar")]))]))
            #expect(r.status == 400)
        }
    }

    /// The optional /connect fields are documented nullable because null counts as absent.
    @Test func nullOptionalConnectFieldsAreAccepted() async throws {
        try await withSandbox { s in
            let r = try await s.request("POST", "/api/v1/integrations/connect",
                                        body: body([("integration_type", .string("hubspot")), ("categories", .array([.string("crm")])),
                                                    ("redirect_url", .null), ("external_xref", .null), ("scopes", .null)]))
            #expect(r.status == 201, "\(r.text)")
            let doc = try await s.request("GET", "/openapi.json", auth: .none).json
            let fields = try #require(doc["components"]?["schemas"]?["ConnectRequest"]?["oneOf"]?[0]?["properties"])
            for name in ["redirect_url", "external_xref", "scopes"] { #expect(fields[name]?["nullable"] == .bool(true), "\(name)") }
        }
    }

    /// Lists are described in the envelope the sandbox actually uses; examples name a seeded
    /// connection; the test-only controls are not in the public document.
    @Test(arguments: [SandboxOptions.Envelope.bare, .data, .items])
    func documentFollowsTheRunningSandbox(_ envelope: SandboxOptions.Envelope) async throws {
        try await withSandbox({ $0.envelope = envelope }) { s in
            let doc = try await s.request("GET", "/openapi.json", auth: .none).json
            let paths = try #require(doc["paths"]?.objectValue)
            #expect(!paths.contains { $0.key.contains("_sandbox") })
            #expect(!doc.serialized().contains("/_sandbox"))
            let list = try #require(doc["paths"]?["/v1/integrations/connections"]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"])
            let live = try await s.request("GET", "/api/v1/integrations/connections").json
            switch envelope {
            case .bare:
                #expect(list["type"]?.stringValue == "array")
                #expect(live.arrayValue != nil)
            case .data:
                #expect(list["required"] == .array([.string("data"), .string("pagination")]))
                #expect(live["data"]?.arrayValue != nil)
            case .items:
                #expect(list["required"]?.arrayValue?.contains(.string("has_more")) == true)
                #expect(live["items"]?.arrayValue != nil)
            }
            let records = try #require(doc["paths"]?["/v1/integrations/{connectionId}/{category}/{objectType}"]?["get"]?["parameters"]?.arrayValue)
            #expect(records.first?["example"]?.stringValue == s.server.seededConnectionIDs[0])
            let page = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/\(records[1]["example"]?.stringValue ?? "")/\(records[2]["example"]?.stringValue ?? "")?limit=1")
            #expect(page.status == 200)
            #expect(try page.items.count == 1)
        }
    }

    /// Passthrough documents the provider's own statuses (its 403/404 bodies and any other).
    @Test func passthroughDocumentsProviderStatuses() async throws {
        try await withSandbox { s in
            let doc = try await s.request("GET", "/openapi.json", auth: .none).json
            let responses = try #require(doc["paths"]?["/v1/integrations/{connectionId}/passthrough"]?["post"]?["responses"]?.objectValue)
            #expect(Set(responses.map(\.key)) == ["200", "400", "401", "403", "404", "413", "429", "default"])
            let hubspot = s.server.seededConnectionIDs[0]
            let providerNotFound = try await s.request("POST", "/api/v1/integrations/\(hubspot)/passthrough",
                                                       body: body([("method", .string("DELETE")), ("path", .string("/crm/v3/objects/contacts"))]))
            #expect(providerNotFound.status == 404)
            #expect(try providerNotFound.json["statusCode"] == nil)
        }
    }
}
