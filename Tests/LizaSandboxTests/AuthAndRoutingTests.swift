import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct AuthAndRoutingTests {
    @Test func missingTokenIs401WithErrorBody() async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/api/v1/integrations", auth: .none)
            #expect(r.status == 401)
            #expect(r.header("www-authenticate")?.hasPrefix("Bearer") == true)
            let j = try r.json
            #expect(j["statusCode"] == .int(401))
            #expect(j["error"]?.stringValue == "Unauthorized")
            #expect(r.message.contains("missing bearer token"))
        }
    }

    @Test func wrongTokenIs401AndNeverEchoed() async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/api/v1/integrations/connections", auth: .bearer("liza_mcp_wrong-secret"))
            #expect(r.status == 401)
            #expect(r.message == "invalid bearer token")
            #expect(!r.text.contains("wrong-secret"))
            let basic = try await s.request("GET", "/api/v1/integrations", headers: ["Authorization": "Basic dGVzdDp0ZXN0"])
            #expect(basic.status == 401)
            #expect(basic.message.contains("Bearer scheme"))
        }
    }

    @Test func bothPathPrefixesWork() async throws {
        try await withSandbox { s in
            let a = try await s.request("GET", "/api/v1/integrations")
            let b = try await s.request("GET", "/v1/integrations")
            #expect(a.status == 200)
            #expect(b.status == 200)
            #expect(a.body == b.body)
            #expect(a.header("content-type")?.hasPrefix("application/json") == true)
        }
    }

    @Test func unknownRoutesAre404AndWrongMethods405() async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/api/v1/integrations/a/b/c/d")
            #expect(r.status == 404)
            #expect(try r.json["statusCode"] == .int(404))
            let other = try await s.request("GET", "/nope")
            #expect(other.status == 404)
            let wrong = try await s.request("GET", "/api/v1/integrations/connect")
            #expect(wrong.status == 405)
            #expect(wrong.message.contains("use POST"))
            let v2 = try await s.request("GET", "/api/v2/integrations")
            #expect(v2.status == 404)
        }
    }

    @Test func openAPIIsPublicValidJSONWithTheEightEndpoints() async throws {
        try await withSandbox { s in
            for path in ["/openapi.json", "/api/openapi.json"] {
                let r = try await s.request("GET", path, auth: .none)
                #expect(r.status == 200)
                let doc = try r.json
                #expect(doc["openapi"]?.stringValue?.hasPrefix("3.0") == true)
                #expect(doc["servers"]?[0]?["url"]?.stringValue == s.baseURL)
                let paths = try #require(doc["paths"]?.objectValue)
                let operations = paths.flatMap { p in (p.value.objectValue ?? []).map { "\($0.key.uppercased()) \(p.key)" } }
                #expect(Set(operations) == [
                    "GET /v1/integrations", "GET /v1/integrations/connections", "POST /v1/integrations/connect",
                    "POST /v1/integrations/callback", "GET /v1/integrations/connections/{connectionId}",
                    "DELETE /v1/integrations/connections/{connectionId}", "GET /v1/integrations/{connectionId}/{category}/{objectType}",
                    "POST /v1/integrations/{connectionId}/passthrough",
                ])
                #expect(doc["components"]?["securitySchemes"]?["bearerAuth"]?["scheme"]?.stringValue == "bearer")
                #expect(doc["components"]?["schemas"]?["ConnectRequest"]?["required"] == .array([.string("integration_type"), .string("categories")]))
            }
        }
    }

    @Test func rootDescribesTheSandbox() async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/", auth: .none)
            #expect(r.status == 200)
            #expect(try r.json["base_url"]?.stringValue == s.baseURL)
        }
    }
}
