import Foundation
@testable import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

/// Issue 7, item 5: the sandbox refuses foreign `Host` names (DNS rebinding), cannot be framed,
/// and answers paging numbers at the edge of `Int` with a 400 instead of dying.
@Suite struct HardeningTests {
    @Test func loopbackHostNamesAreRecognised() {
        for good in ["127.0.0.1", "127.0.0.1:8787", "127.1.2.3:1", "localhost", "LOCALHOST:443", "localhost.", "[::1]", "[::1]:8787",
                     "[0:0:0:0:0:0:0:1]:80", " 127.0.0.1:65535 "] {
            #expect(LoopbackHost.isLoopback(good), "\(good)")
        }
        for bad in ["", "evil.example", "evil.example:8787", "localhost.evil.example", "anything.localhost", "127.0.0.1.evil.example",
                    "128.0.0.1", "0.0.0.0", "10.0.0.1:80", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:80x", "127.0.0.1:-1", "0x7f.0.0.1",
                    "0177.0.0.1", "2130706433", "127.1", "[::2]", "[::1", "[::1]x", "::1", "[::ffff:127.0.0.1]", "localhost:8787:1",
                    "(two different Host headers)"] {
            #expect(!LoopbackHost.isLoopback(bad), "\(bad)")
        }
    }

    @Test func foreignHostIsMisdirectedEverywhere() async throws {
        try await withSandbox { s in
            for path in ["/api/v1/integrations", "/openapi.json", "/authorize/x?state=y", "/_sandbox/stats", "/"] {
                let r = try await s.request("GET", path, headers: ["Host": "evil.example"])
                #expect(r.status == 421, "\(path)")
                #expect(r.message.contains("loopback"), "\(path)")
                let port = try await s.request("GET", path, headers: ["Host": "evil.example:\(s.port)"])
                #expect(port.status == 421, "\(path) with a port")
            }
            // No request that was refused reached the API (stats count API requests only).
            #expect(await s.receivedRequests().isEmpty)
            for host in ["127.0.0.1:\(s.port)", "localhost:\(s.port)", "localhost", "[::1]:\(s.port)", "127.9.9.9"] {
                let r = try await s.request("GET", "/api/v1/integrations", headers: ["Host": host])
                #expect(r.status == 200, "\(host)")
            }
        }
    }

    @Test func pagesCannotBeFramed() async throws {
        try await withSandbox { s in
            let connect = try await s.request("POST", "/api/v1/integrations/connect",
                                              body: body([("integration_type", .string("hubspot")), ("categories", .array([.string("crm")]))]))
            #expect(connect.status == 201)
            let url = try #require(try connect.json["url"]?.stringValue)
            let consent = try await s.request("GET", url, auth: .none)
            #expect(consent.status == 200)
            #expect(consent.text.contains("Approve"))
            let missing = try await s.request("GET", "/authorize/nope?state=x", auth: .none)
            #expect(missing.status == 404)
            for page in [consent, missing] {
                #expect(page.header("x-frame-options") == "DENY")
                #expect(page.header("content-security-policy") == "frame-ancestors 'none'")
            }
        }
    }

    @Test func pagingNumbersAtTheEdgeOfIntAre400AndTheSandboxLivesOn() async throws {
        try await withSandbox { s in
            let ids = s.server.seededConnectionIDs
            let cases: [(connection: String, path: String, key: String)] = [
                (ids[0], "/crm/v3/objects/contacts", "after"),
                (ids[1], "/api/v2/tickets.json", "page"),
                (ids[3], "/drive/v3/files", "pageToken"),
            ]
            for c in cases {
                for value: JSONValue in [.string("9223372036854775807"), .number("9223372036854775807"), .string("-9223372036854775808"),
                                         .string("99999999999999999999"), .string("2147483648"), .string("seven")] {
                    let viaData = try await s.request("POST", "/api/v1/integrations/\(c.connection)/passthrough", body: body([
                        ("method", .string("GET")), ("path", .string(c.path)), ("data", .object([(key: c.key, value: value)])),
                    ]))
                    #expect(viaData.status == 400, "\(c.key)=\(value.serialized()): \(viaData.status) \(viaData.text.prefix(200))")
                    let text = value.stringValue ?? value.serialized()
                    let viaQuery = try await s.request("POST", "/api/v1/integrations/\(c.connection)/passthrough", body: body([
                        ("method", .string("GET")), ("path", .string("\(c.path)?\(c.key)=\(text)")),
                    ]))
                    #expect(viaQuery.status == 400, "\(c.path)?\(c.key)=\(text)")
                }
                // The largest accepted position is an empty page, not a trap.
                let last = try await s.request("POST", "/api/v1/integrations/\(c.connection)/passthrough", body: body([
                    ("method", .string("GET")), ("path", .string(c.path)), ("data", .object([(key: c.key, value: .string("2147483647"))])),
                ]))
                #expect(last.status == 200, "\(c.key) at Int32.max")
            }
            // Still serving.
            #expect(try await s.request("GET", "/api/v1/integrations").status == 200)
        }
    }
}
