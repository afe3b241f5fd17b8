import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct PassthroughTests {
    func pass(_ s: TestSandbox, _ conn: String, _ pairs: [(String, JSONValue)]) async throws -> SandboxHTTPResponse {
        try await s.request("POST", "/api/v1/integrations/\(conn)/passthrough", body: body(pairs))
    }

    @Test func hubspotContactsLookLikeHubSpot() async throws {
        try await withSandbox { s in
            let hubspot = s.server.seededConnectionIDs[0]
            let r = try await pass(s, hubspot, [("method", .string("GET")), ("path", .string("/crm/v3/objects/contacts")), ("data", J2.o(["limit": .int(3)]))])
            #expect(r.status == 200)
            let j = try r.json
            let results = try #require(j["results"]?.arrayValue)
            #expect(results.count == 3)
            #expect(results[0]["properties"]?["firstname"]?.stringValue != nil)
            #expect(results[0]["properties"]?["email"]?.stringValue?.contains("@") == true)
            #expect(j["paging"]?["next"]?["after"]?.stringValue == "3")
            // The same people as the unified endpoint.
            let unified = try await s.request("GET", "/api/v1/integrations/\(hubspot)/crm/contact?limit=1").items
            #expect(results[0]["properties"]?["lastname"] == unified[0]["last_name"])

            let notFound = try await pass(s, hubspot, [("method", .string("GET")), ("path", .string("/crm/v3/objects/widgets"))])
            #expect(notFound.status == 404)
            #expect(try notFound.json["category"]?.stringValue == "OBJECT_NOT_FOUND")
        }
    }

    @Test func zendeskTicketsAndDriveFiles() async throws {
        try await withSandbox { s in
            let zendesk = s.server.seededConnectionIDs[1]
            let t = try await pass(s, zendesk, [("method", .string("GET")), ("path", .string("/api/v2/tickets.json")), ("data", .null)])
            #expect(t.status == 200)
            #expect(try t.json["tickets"]?.arrayValue?.count == 25)
            #expect(try t.json["tickets"]?[0]?["subject"]?.stringValue != nil)
            let z404 = try await pass(s, zendesk, [("method", .string("GET")), ("path", .string("/api/v2/nothing.json"))])
            #expect(z404.status == 404)
            #expect(try z404.json["error"]?.stringValue == "InvalidEndpoint")

            let drive = s.server.seededConnectionIDs[3]
            let files = try await pass(s, drive, [("method", .string("GET")), ("path", .string("/drive/v3/files")), ("data", J2.o(["pageSize": .int(5)]))])
            #expect(files.status == 200)
            let list = try #require(try files.json["files"]?.arrayValue)
            #expect(list.count == 5)
            #expect(try files.json["kind"]?.stringValue == "drive#fileList")
            // Record 0 is a folder (every ninth is); record 1 is a file.
            let fileID = try #require(list[1]["id"]?.stringValue)
            let download = try await pass(s, drive, [("method", .string("GET")), ("path", .string("/drive/v3/files/\(fileID)?alt=media"))])
            #expect(download.status == 200)
            #expect(download.header("content-type") == "application/octet-stream")
            #expect(download.body.starts(with: Array("%PDF".utf8)))
            #expect(download.body.contains(0x00))
            let missing = try await pass(s, drive, [("method", .string("GET")), ("path", .string("/drive/v3/files/nope"))])
            #expect(missing.status == 404)
            #expect(try missing.json["error"]?["status"]?.stringValue == "NOT_FOUND")
        }
    }

    @Test func healthIsPlainTextAndOtherPathsEcho() async throws {
        try await withSandbox { s in
            let conn = s.server.seededConnectionIDs[2]
            let health = try await pass(s, conn, [("method", .string("GET")), ("path", .string("/health"))])
            #expect(health.status == 200)
            #expect(health.header("content-type")?.hasPrefix("text/plain") == true)
            #expect(health.text == "ok\n")
            let echo = try await pass(s, conn, [("method", .string("PATCH")), ("path", .string("calendar/v3/calendars/primary")),
                                                ("data", J2.o(["summary": .string("Work"), "n": .number("1.50"), "ok": .bool(true)]))])
            #expect(echo.status == 200)
            let j = try echo.json
            #expect(j["method"]?.stringValue == "PATCH")
            #expect(j["path"]?.stringValue == "calendar/v3/calendars/primary")
            #expect(j["data"]?["n"] == .number("1.50"))
            #expect(j["data"]?["ok"] == .bool(true))
            #expect(j["connection_id"]?.stringValue == conn)
            #expect(j["integration_type"]?.stringValue == "googlecalendar")
        }
    }

    @Test(arguments: [
        (#"{"path":"/x"}"#, "method is required"),
        (#"{"method":"get","path":"/x"}"#, "method must be one of GET, POST, PUT, PATCH, DELETE"),
        (#"{"method":"TRACE","path":"/x"}"#, "method must be one of"),
        (#"{"method":"GET"}"#, "path is required"),
        (#"{"method":"GET","path":""}"#, "path must not be empty"),
        (#"{"method":"GET","path":7}"#, "path must be a string"),
        (#"{"method":"POST","path":"/x","data":[1]}"#, "data must be a JSON object or null"),
        (#"{"method":"POST","path":"/x","data":"a=b"}"#, "data must be a JSON object or null"),
        ("not json", "not valid JSON"),
    ])
    func validation(_ input: String, _ expected: String) async throws {
        try await withSandbox { s in
            let r = try await s.request("POST", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/passthrough", body: input)
            #expect(r.status == 400)
            #expect(r.message.contains(expected), "\(r.message)")
        }
    }

    @Test func unknownConnectionIs404() async throws {
        try await withSandbox { s in
            let r = try await s.request("POST", "/api/v1/integrations/nope/passthrough", body: #"{"method":"GET","path":"/x"}"#)
            #expect(r.status == 404)
        }
    }
}

/// Object literal helper with sorted keys (test inputs only).
enum J2 {
    static func o(_ d: [String: JSONValue]) -> JSONValue { .object(d.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }) }
}
