import Foundation
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct ConnectFlowTests {
    /// POST /connect and return (connection_id, url, state).
    func connect(_ s: TestSandbox, _ pairs: [(String, JSONValue)]) async throws -> (id: String, url: String, state: String) {
        let r = try await s.request("POST", "/api/v1/integrations/connect", body: body(pairs))
        #expect(r.status == 201, "\(r.text)")
        let j = try r.json
        let id = try #require(j["connection_id"]?.stringValue)
        let url = try #require(j["url"]?.stringValue)
        let state = try #require(URLComponents(string: url)?.queryItems?.first { $0.name == "state" }?.value)
        return (id, url, state)
    }

    @Test func approveWithRedirectThenCallback() async throws {
        try await withSandbox { s in
            let c = try await connect(s, [("integration_type", .string("salesforce")), ("categories", .array([.string("crm")])),
                                          ("redirect_url", .string("https://app.example/done?from=liza")), ("external_xref", .string("u-1"))])
            #expect(c.url.hasPrefix("\(s.rootURL)/authorize/\(c.id)?state="))

            // Listed as pending; data is refused until finalized.
            let pending = try await s.request("GET", "/api/v1/integrations/connections/\(c.id)").json
            #expect(pending["status"]?.stringValue == "pending")
            #expect(try await s.request("GET", "/api/v1/integrations/connections").items.contains { $0["id"]?.stringValue == c.id })
            let early = try await s.request("GET", "/api/v1/integrations/\(c.id)/crm/contact")
            #expect(early.status == 400)
            #expect(early.message.contains("not finalized"))

            let tooSoon = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(c.id))]))
            #expect(tooSoon.status == 400)
            #expect(tooSoon.message.contains("has not been authorized yet — open the authorization URL and approve it first"))

            let page = try await s.request("GET", c.url, auth: .none)
            #expect(page.status == 200)
            #expect(page.header("content-type")?.hasPrefix("text/html") == true)
            for needle in ["Salesforce", "Approve", "Deny", "name=\"decision\"", "value=\"approve\"", "value=\"deny\"", "method=\"post\"", "crm_contact_read", "CRM"] {
                #expect(page.text.contains(needle), "authorize page lacks \(needle)")
            }

            let approved = try await s.request("POST", c.url, body: "decision=approve", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(approved.status == 303)
            let location = try #require(approved.header("location"))
            #expect(location == "https://app.example/done?from=liza&id=\(c.id)&state=\(c.state)")

            let done = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(c.id))]))
            #expect(done.status == 200)
            let conn = try done.json
            #expect(conn["id"]?.stringValue == c.id)
            #expect(conn["status"]?.stringValue == "active")
            #expect(conn["external_xref"]?.stringValue == "u-1")
            #expect(conn["integration_type"]?.stringValue == "salesforce")

            let again = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(c.id))]))
            #expect(again.status == 200)
            #expect(try again.json["status"]?.stringValue == "active")

            let data = try await s.request("GET", "/api/v1/integrations/\(c.id)/crm/contact?limit=3")
            #expect(data.status == 200)
            #expect(try data.items.count == 3)
        }
    }

    @Test func approveWithoutRedirectShowsReturnToTerminal() async throws {
        try await withSandbox { s in
            let c = try await connect(s, [("integration_type", .string("slack")), ("categories", .array([.string("messaging")]))])
            let r = try await s.request("POST", c.url, body: "state=\(c.state)&decision=approve", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(r.status == 200)
            #expect(r.text.contains("return to your terminal"))
            let done = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(c.id))]))
            #expect(done.status == 200)
        }
    }

    @Test func denyRedirectsWithAccessDeniedAndCallbackSaysSo() async throws {
        try await withSandbox { s in
            let c = try await connect(s, [("integration_type", .string("hubspot")), ("categories", .array([.string("crm"), .string("marketing")])),
                                          ("redirect_url", .string("http://localhost:9999/cb"))])
            let r = try await s.request("POST", c.url, body: "decision=deny", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(r.status == 303)
            #expect(r.header("location") == "http://localhost:9999/cb?error=access_denied&state=\(c.state)")
            let cb = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(c.id))]))
            #expect(cb.status == 400)
            #expect(cb.message.contains("authorization was denied"))
        }
    }

    @Test func denyWithoutRedirectShowsAPage() async throws {
        try await withSandbox { s in
            let c = try await connect(s, [("integration_type", .string("jira")), ("categories", .array([.string("task")]))])
            let r = try await s.request("POST", c.url, body: "decision=deny", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(r.status == 200)
            #expect(r.text.contains("denied"))
            #expect(r.text.contains("return to your terminal"))
        }
    }

    @Test func authorizePageChecksStateAndEscapesValues() async throws {
        try await withSandbox { s in
            let c = try await connect(s, [("integration_type", .string("zendesk")), ("categories", .array([.string("ticketing")])),
                                          ("external_xref", .string("<script>alert(1)</script>"))])
            let page = try await s.request("GET", c.url, auth: .none)
            #expect(!page.text.contains("<script>alert(1)</script>"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let wrong = try await s.request("GET", "\(s.rootURL)/authorize/\(c.id)?state=forged", auth: .none)
            #expect(wrong.status == 400)
            let unknown = try await s.request("GET", "\(s.rootURL)/authorize/nope?state=x", auth: .none)
            #expect(unknown.status == 404)
            let bad = try await s.request("POST", c.url, body: "decision=maybe", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(bad.status == 400)
        }
    }

    @Test func callbackValidation() async throws {
        try await withSandbox { s in
            let unknown = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string("does-not-exist"))]))
            #expect(unknown.status == 404)
            let missing = try await s.request("POST", "/api/v1/integrations/callback", body: "{}")
            #expect(missing.status == 400)
            #expect(missing.message.contains("connection_id is required"))
            let active = s.server.seededConnectionIDs[0]
            let idempotent = try await s.request("POST", "/api/v1/integrations/callback", body: body([("connection_id", .string(active))]))
            #expect(idempotent.status == 200)
        }
    }

    @Test(arguments: [
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ("{}", "integration_type is required"),
        (#"{"integration_type":3,"categories":["crm"]}"#, "integration_type must be a string"),
        (#"{"integration_type":"hubspt","categories":["crm"]}"#, "did you mean 'hubspot'"),
        (#"{"integration_type":"hubspot"}"#, "categories is required"),
        (#"{"integration_type":"hubspot","categories":[]}"#, "at least one category"),
        (#"{"integration_type":"hubspot","categories":"crm"}"#, "must be an array"),
        (#"{"integration_type":"hubspot","categories":["crn"]}"#, "unknown category 'crn' — did you mean 'crm'?"),
        (#"{"integration_type":"hubspot","categories":["hris"]}"#, "did you mean 'hr'?"),
        (#"{"integration_type":"zendesk","categories":["crm"]}"#, "does not support crm"),
        (#"{"integration_type":"hubspot","categories":["crm"],"redirect_url":"/relative"}"#, "redirect_url must be an absolute http(s) URL"),
        (#"{"integration_type":"hubspot","categories":["crm"],"redirect_url":"ftp://x.example/"}"#, "redirect_url must be an absolute http(s) URL"),
        (#"{"integration_type":"hubspot","categories":["crm"],"scopes":"crm_contact_read"}"#, "scopes must be an array of strings"),
        (#"{"integration_type":"cal","categories":["calendar"]}"#, "not enabled"),
    ])
    func connectValidation(_ input: String, _ expected: String) async throws {
        try await withSandbox { s in
            let r = try await s.request("POST", "/api/v1/integrations/connect", body: input)
            #expect(r.status == 400)
            #expect(r.message.contains(expected), "\(r.message)")
            #expect(try r.json["error"]?.stringValue == "Bad Request")
        }
    }
}
