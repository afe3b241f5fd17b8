import Testing
import LizaAPI
import OrderedJSON

@Suite("LizaClient requests")
struct ClientRequestTests {
    func expectStandardHeaders(_ request: HTTPRequest?, hasBody: Bool) {
        #expect(request?.headers["Authorization"] == "Bearer \(TestClient.token)")
        #expect(request?.headers["Accept"] == "application/json")
        #expect(request?.headers["User-Agent"] == "liza/\(LizaClient.version) (\(UserAgent.operatingSystem); \(UserAgent.architecture))")
        #expect(request?.headers["Content-Type"] == (hasBody ? "application/json" : nil))
        #expect((request?.body != nil) == hasBody)
    }

    @Test func integrations() async throws {
        let stub = StubTransport([.respond(.json(#"[{"type":"hubspot","name":"HubSpot","categories":["crm","hris","martech","passthrough"]}]"#))])
        let result = try await TestClient.make(stub).integrations()
        let request = stub.lastRequest
        #expect(request?.method == .GET)
        #expect(request?.url == "https://api.example.test/api/v1/integrations")
        expectStandardHeaders(request, hasBody: false)
        #expect(result.count == 1)
        #expect(result.first?.type == "hubspot")
        #expect(result.first?.categories == [.crm, .hr, .marketing])
        #expect(result.first?.otherCategories == ["passthrough"])
    }

    @Test("base URL with or without trailing slash", arguments: [
        "https://api.example.test/api", "https://api.example.test/api/", "https://api.example.test/api//",
    ])
    func baseURLForms(base: String) async throws {
        let stub = StubTransport([.respond(.json("[]"))])
        _ = try await TestClient.make(stub, baseURL: base).connections()
        #expect(stub.lastRequest?.url == "https://api.example.test/api/v1/integrations/connections")
    }

    @Test func baseURLWithoutPathAndLoopbackHTTP() async throws {
        let stub = StubTransport([.respond(.json("[]")), .respond(.json("[]")), .respond(.json("[]"))])
        _ = try await TestClient.make(stub, baseURL: "https://api.example.test").connections()
        #expect(stub.requests[0].url == "https://api.example.test/v1/integrations/connections")
        _ = try await TestClient.make(stub, baseURL: "http://127.0.0.1:8080/api").connections()
        #expect(stub.requests[1].url == "http://127.0.0.1:8080/api/v1/integrations/connections")
        _ = try await TestClient.make(stub, baseURL: "http://[::1]:9/api").connections()
        #expect(stub.requests[2].url == "http://[::1]:9/api/v1/integrations/connections")
    }

    @Test func connectionsAndOneConnection() async throws {
        let stub = StubTransport([
            .respond(.json(#"[{"id":"c1","integration_type":"hubspot","status":"active"},{"id":42,"integration_type":"zendesk"}]"#)),
            .respond(.json(#"{"id":"a/b c?","integration_type":"hubspot"}"#)),
        ])
        let client = try TestClient.make(stub)
        let list = try await client.connections()
        #expect(stub.requests[0].method == .GET)
        #expect(stub.requests[0].url == "https://api.example.test/api/v1/integrations/connections")
        #expect(list.map(\.id) == ["c1", "42"])
        let one = try await client.connection(id: "a/b c?")
        #expect(stub.requests[1].url == "https://api.example.test/api/v1/integrations/connections/a%2Fb%20c%3F")
        expectStandardHeaders(stub.requests[1], hasBody: false)
        #expect(one.id == "a/b c?")
    }

    @Test func deleteConnection() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 204)), .respond(.json(#"{"deleted":true}"#))])
        let client = try TestClient.make(stub)
        try await client.deleteConnection(id: "conn#1")
        #expect(stub.requests[0].method == .DELETE)
        #expect(stub.requests[0].url == "https://api.example.test/api/v1/integrations/connections/conn%231")
        expectStandardHeaders(stub.requests[0], hasBody: false)
        try await client.deleteConnection(id: "c2")
        #expect(stub.requestCount == 2)
    }

    @Test func connect() async throws {
        let stub = StubTransport([.respond(.json(#"{"url":"https://auth.example/authorize?x=1","connection_id":"pending-1"}"#, status: 201))])
        let request = ConnectRequest(integrationType: " hubspot ", categories: [.crm, .hr, .crm], redirectURL: "https://example.com/done",
                                     externalXref: "user-7", scopes: ["crm_contact_read"])
        let response = try await TestClient.make(stub).connect(request)
        let sent = stub.lastRequest
        #expect(sent?.method == .POST)
        #expect(sent?.url == "https://api.example.test/api/v1/integrations/connect")
        expectStandardHeaders(sent, hasBody: true)
        #expect(sent?.bodyText == #"{"integration_type":"hubspot","categories":["crm","hr"],"redirect_url":"https://example.com/done","external_xref":"user-7","scopes":["crm_contact_read"]}"#)
        #expect(response.url == "https://auth.example/authorize?x=1")
        #expect(response.connectionID == "pending-1")
        #expect(response.raw["connection_id"] == .string("pending-1"))
    }

    @Test func connectMinimalBody() async throws {
        let stub = StubTransport([.respond(.json(#"{"data":{"url":"https://a.example/x","connectionId":"p2"}}"#))])
        let response = try await TestClient.make(stub).connect(ConnectRequest(integrationType: "zendesk", categories: [.ticketing]))
        #expect(stub.lastRequest?.bodyText == #"{"integration_type":"zendesk","categories":["ticketing"]}"#)
        #expect(response.connectionID == "p2")
    }

    @Test func callback() async throws {
        let stub = StubTransport([
            .respond(.json(#"{"id":"p1","integration_type":"hubspot","status":"active","categories":["crm"]}"#)),
            .respond(HTTPResponse(status: 200)),
            .respond(.json(#"{"success":true}"#)),
            .respond(.json(#"{"connection":{"id":"p3","integration_type":"slack"}}"#)),
        ])
        let client = try TestClient.make(stub)
        let first = try await client.callback(connectionID: "p1")
        #expect(stub.requests[0].method == .POST)
        #expect(stub.requests[0].url == "https://api.example.test/api/v1/integrations/callback")
        #expect(stub.requests[0].bodyText == #"{"connection_id":"p1"}"#)
        expectStandardHeaders(stub.requests[0], hasBody: true)
        #expect(first.connection?.id == "p1")
        #expect(first.connection?.status == "active")
        let empty = try await client.callback(connectionID: "p1")
        #expect(empty.connection == nil)
        #expect(empty.raw == .null)
        let other = try await client.callback(connectionID: "p1")
        #expect(other.connection == nil)
        #expect(other.raw["success"] == .bool(true))
        let wrapped = try await client.callback(connectionID: "p3")
        #expect(wrapped.connection?.integrationType == "slack")
    }

    @Test func recordsQueryEncoding() async throws {
        let stub = StubTransport([.respond(.json(#"[{"id":"1"},{"id":"2"}]"#))])
        let query = RecordQuery(connectionID: "c/1", category: .crm, objectType: "Contact", limit: 20, offset: 40,
                                query: "acme & co", updatedSince: "2026-01-31", filters: ["company_id": "9=x", "deal_id": "d 1"])
        let page = try await TestClient.make(stub).records(query)
        #expect(stub.lastRequest?.method == .GET)
        #expect(stub.lastRequest?.url ==
            "https://api.example.test/api/v1/integrations/c%2F1/crm/contact?limit=20&offset=40&query=acme%20%26%20co&updated_gte=2026-01-31T00%3A00%3A00Z&company_id=9%3Dx&deal_id=d%201")
        expectStandardHeaders(stub.lastRequest, hasBody: false)
        #expect(page.records.count == 2)
        #expect(page.offset == 40)
        #expect(page.limit == 20)
        #expect(page.hasMore == false)
    }

    @Test func recordsDefaultsAndUnknownObject() async throws {
        let stub = StubTransport([.respond(.json("[]"))])
        _ = try await TestClient.make(stub).records(RecordQuery(connectionID: "c1", category: .hr, objectType: "benefit"))
        #expect(stub.lastRequest?.url == "https://api.example.test/api/v1/integrations/c1/hr/benefit?limit=50&offset=0")
    }

    @Test func lookup() async throws {
        let stub = StubTransport([.respond(.json(#"{"data":{"id":"per-1","name":"Ada Lovelace"}}"#))])
        let person = try await TestClient.make(stub).lookup(connectionID: "c1", category: .enrichment, objectType: "person",
                                                            fields: ["email": "ada@acme.example", "name": "Ada L", "twitter": ""])
        #expect(stub.lastRequest?.method == .GET)
        #expect(stub.lastRequest?.url == "https://api.example.test/api/v1/integrations/c1/enrichment/person?email=ada%40acme.example&name=Ada%20L")
        expectStandardHeaders(stub.lastRequest, hasBody: false)
        #expect(person["name"] == .string("Ada Lovelace"))
    }

    @Test func passthroughRequest() async throws {
        let stub = StubTransport([.respond(.json(#"{"results":[{"id":"1"}]}"#))])
        let request = PassthroughRequest(method: .GET, path: "/crm/v3/objects/contacts", data: .object([(key: "limit", value: .string("10"))]))
        let response = try await TestClient.make(stub).passthrough(connectionID: "c 1", request)
        #expect(stub.lastRequest?.method == .POST)
        #expect(stub.lastRequest?.url == "https://api.example.test/api/v1/integrations/c%201/passthrough")
        #expect(stub.lastRequest?.bodyText == #"{"method":"GET","path":"/crm/v3/objects/contacts","data":{"limit":"10"}}"#)
        expectStandardHeaders(stub.lastRequest, hasBody: true)
        #expect(response.status == 200)
        #expect(response.body == .json(try JSONValue.parse(#"{"results":[{"id":"1"}]}"#)))
        #expect(response.duration >= 0)
        let nullData = StubTransport([.respond(HTTPResponse(status: 204))])
        let deleted = try await TestClient.make(nullData).passthrough(connectionID: "c1", PassthroughRequest(method: .DELETE, path: "/x/1"))
        #expect(nullData.lastRequest?.bodyText == #"{"method":"DELETE","path":"/x/1","data":null}"#)
        #expect(deleted.body == .empty)
    }

    @Test func customUserAgentAndTimeout() async throws {
        let stub = StubTransport([.respond(.json("[]"))])
        let client = LizaClient(baseURL: try TestClient.base, token: "t0k3n_long", transport: stub, userAgent: "liza/9.9 (test)", timeout: 5)
        _ = try await client.integrations()
        #expect(stub.lastRequest?.headers["User-Agent"] == "liza/9.9 (test)")
        // The call's limit, less the instant spent before sending.
        let timeout = try #require(stub.lastRequest?.timeout)
        #expect(timeout > 4.9 && timeout <= 5)
    }

    @Test func tokenIsNeverInDescriptions() throws {
        let client = try TestClient.make(StubTransport([]))
        #expect(!String(describing: client).contains(TestClient.token))
        #expect(!String(reflecting: client).contains(TestClient.token))
        var dumped = ""
        dump(client, to: &dumped)
        #expect(!dumped.contains(TestClient.token))
    }
}
