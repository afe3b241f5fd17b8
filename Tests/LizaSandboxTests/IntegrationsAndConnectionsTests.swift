import LizaAPI
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct IntegrationsAndConnectionsTests {
    @Test func integrationsCoverEveryCategoryWithUnifiedNames() async throws {
        try await withSandbox { s in
            let items = try await s.request("GET", "/api/v1/integrations").items
            #expect(items.count >= 14)
            let types = items.compactMap { $0["type"]?.stringValue }
            for t in ["hubspot", "salesforce", "pipedrive", "zendesk", "jira", "googlecalendar", "slack", "googledrive",
                      "greenhouse", "quickbooks", "shopify", "bamboohr", "clearbit", "mailchimp"] {
                #expect(types.contains(t), "missing \(t)")
            }
            let slugs = Set(items.flatMap { $0["categories"]?.arrayValue ?? [] }.compactMap(\.stringValue))
            #expect(Set(slugs.compactMap { Category(parsing: $0) }) == Set(Category.allCases))
            #expect(slugs.isSuperset(of: ["hris", "commerce", "enrich", "martech"]))
            let hubspot = try #require(items.first { $0["type"]?.stringValue == "hubspot" })
            #expect(hubspot["name"]?.stringValue == "HubSpot")
            #expect(hubspot["is_active"] == .bool(true))
            #expect(hubspot["logo_url"]?.stringValue?.hasPrefix("https://") == true)
            #expect(hubspot["support"]?["crm_contact"]?["methods"]?["list"] == .bool(true))
        }
    }

    @Test func startsWithTheFourRequiredActiveConnections() async throws {
        try await withSandbox { s in
            let items = try await s.request("GET", "/api/v1/integrations/connections").items
            #expect(items.count >= 4)
            let ids = s.server.seededConnectionIDs
            for (k, (type, category)) in [("hubspot", "crm"), ("zendesk", "ticketing"), ("googlecalendar", "calendar"), ("googledrive", "storage")].enumerated() {
                let c = try #require(items.first { $0["integration_type"]?.stringValue == type })
                #expect(c["status"]?.stringValue == "active")
                #expect(c["categories"]?.arrayValue?.contains(.string(category)) == true)
                #expect(c["id"]?.stringValue == ids[k])
                #expect(c["id"]?.stringValue?.count == 36)
            }
            #expect(items.contains { $0["last_unhealthy_code"]?.stringValue == "401" })
            #expect(!items.contains { $0["auth"] != nil })
        }
    }

    @Test func connectionIdsAreFixedBySeed() async throws {
        let a = try await withSandbox({ $0.seed = 11 }) { s in try await s.request("GET", "/api/v1/integrations/connections").body }
        let b = try await withSandbox({ $0.seed = 11 }) { s in try await s.request("GET", "/api/v1/integrations/connections").body }
        let c = try await withSandbox({ $0.seed = 12 }) { s in try await s.request("GET", "/api/v1/integrations/connections").body }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func getAndDeleteConnection() async throws {
        try await withSandbox { s in
            let id = s.server.seededConnectionIDs[1]
            let got = try await s.request("GET", "/api/v1/integrations/connections/\(id)")
            #expect(got.status == 200)
            #expect(try got.json["integration_type"]?.stringValue == "zendesk")
            let deleted = try await s.request("DELETE", "/api/v1/integrations/connections/\(id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            let gone = try await s.request("GET", "/api/v1/integrations/connections/\(id)")
            #expect(gone.status == 404)
            #expect(gone.message.contains("not found"))
            let again = try await s.request("DELETE", "/api/v1/integrations/connections/\(id)")
            #expect(again.status == 404)
            let list = try await s.request("GET", "/api/v1/integrations/connections").items
            #expect(!list.contains { $0["id"]?.stringValue == id })
        }
    }

    @Test(arguments: [SandboxOptions.Envelope.bare, .data, .items])
    func envelopesWrapEveryList(_ envelope: SandboxOptions.Envelope) async throws {
        try await withSandbox({ $0.envelope = envelope; $0.recordsPerObject = 30 }) { s in
            let hubspot = s.server.seededConnectionIDs[0]
            for path in ["/api/v1/integrations", "/api/v1/integrations/connections", "/api/v1/integrations/\(hubspot)/crm/contact?limit=10&offset=25"] {
                let j = try await s.request("GET", path).json
                switch envelope {
                case .bare:
                    #expect(j.arrayValue != nil)
                case .data:
                    #expect(j["data"]?.arrayValue != nil)
                    #expect(j["pagination"]?["total"]?.intValue != nil)
                case .items:
                    #expect(j["items"]?.arrayValue != nil)
                    #expect(j["has_more"]?.boolValue != nil)
                }
            }
            let page = try await s.request("GET", "/api/v1/integrations/\(hubspot)/crm/contact?limit=10&offset=25").json
            switch envelope {
            case .bare: #expect(page.arrayValue?.count == 5)
            case .data:
                #expect(page["data"]?.arrayValue?.count == 5)
                #expect(page["pagination"] == .object([("total", .int(30)), ("limit", .int(10)), ("offset", .int(25))]))
            case .items:
                #expect(page["items"]?.arrayValue?.count == 5)
                #expect(page["total"] == .int(30))
                #expect(page["has_more"] == .bool(false))
                let first = try await s.request("GET", "/api/v1/integrations/\(hubspot)/crm/contact?limit=10").json
                #expect(first["has_more"] == .bool(true))
            }
        }
    }
}
