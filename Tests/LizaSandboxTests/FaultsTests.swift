import AsyncHTTPClient
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct FaultsTests {
    @Test func queuedFaultsApplyInOrderThenStop() async throws {
        try await withSandbox { s in
            let q = try await s.request("POST", "/_sandbox/faults", body: #"{"queue":[{"status":500},{"status":502,"html":true},{"malformed":true},{"status":429,"retry_after":"1"},{"status":503,"retry_after":2}]}"#)
            #expect(q.status == 200)
            #expect(try q.json["queued"] == .int(5))

            let e500 = try await s.request("GET", "/api/v1/integrations")
            #expect(e500.status == 500)
            #expect(try e500.json["statusCode"] == .int(500))

            let e502 = try await s.request("GET", "/api/v1/integrations")
            #expect(e502.status == 502)
            #expect(e502.header("content-type")?.hasPrefix("text/html") == true)
            #expect(e502.text.contains("<h1>502 Bad Gateway</h1>"))

            let malformed = try await s.request("GET", "/api/v1/integrations")
            #expect(malformed.status == 200)
            #expect(malformed.header("content-type")?.hasPrefix("application/json") == true)
            #expect(throws: (any Error).self) { try malformed.json }

            let limited = try await s.request("GET", "/api/v1/integrations")
            #expect(limited.status == 429)
            #expect(limited.header("retry-after") == "1")

            let unavailable = try await s.request("GET", "/api/v1/integrations")
            #expect(unavailable.status == 503)
            #expect(unavailable.header("retry-after") == "2")

            let fine = try await s.request("GET", "/api/v1/integrations")
            #expect(fine.status == 200)
        }
    }

    @Test func droppedConnectionIsAClientError() async throws {
        try await withSandbox { s in
            await s.queueFaults([.drop])
            await #expect(throws: (any Error).self) {
                _ = try await s.request("GET", "/api/v1/integrations/connections")
            }
            let after = try await s.request("GET", "/api/v1/integrations/connections")
            #expect(after.status == 200)
        }
    }

    @Test func dropOverHTTPControlToo() async throws {
        try await withSandbox { s in
            let q = try await s.request("POST", "/_sandbox/faults", body: #"{"queue":[{"drop":true}]}"#)
            #expect(q.status == 200)
            do {
                _ = try await s.request("GET", "/api/v1/integrations")
                Issue.record("expected the connection to be dropped")
            } catch let error as HTTPClientError {
                #expect(error == .remoteConnectionClosed || error.description.lowercased().contains("closed"), "\(error)")
            } catch {
                // Any transport error is a drop as far as the client is concerned.
            }
        }
    }

    @Test func faultQueueValidation() async throws {
        try await withSandbox { s in
            let bad = try await s.request("POST", "/_sandbox/faults", body: #"{"queue":[{"status":99}]}"#)
            #expect(bad.status == 400)
            #expect(bad.message.contains("queue[0]"))
            let shape = try await s.request("POST", "/_sandbox/faults", body: #"{"faults":[]}"#)
            #expect(shape.status == 400)
            let unauthorized = try await s.request("POST", "/_sandbox/faults", body: #"{"queue":[]}"#, auth: .none)
            #expect(unauthorized.status == 401)
        }
    }

    @Test func statsListEveryAPIRequestInOrderAndResetClearsThem() async throws {
        try await withSandbox { s in
            _ = try await s.request("GET", "/api/v1/integrations")
            _ = try await s.request("GET", "/v1/integrations/connections?x=1", auth: .none)
            _ = try await s.request("POST", "/api/v1/integrations/callback", body: "{}")
            let stats = try await s.request("GET", "/_sandbox/stats").json
            let requests = try #require(stats["requests"]?.arrayValue)
            #expect(requests.map { "\($0["method"]?.stringValue ?? "") \($0["path"]?.stringValue ?? "")" } == [
                "GET /api/v1/integrations", "GET /v1/integrations/connections", "POST /api/v1/integrations/callback",
            ])
            #expect(requests[1]["query"]?.stringValue == "x=1")
            #expect(await s.receivedRequests().count == 3)

            await s.queueFaults([.status(500)])
            let reset = try await s.request("POST", "/_sandbox/reset")
            #expect(reset.status == 200)
            let after = try await s.request("GET", "/_sandbox/stats").json
            #expect(after["requests"] == .array([]))
            #expect(try await s.request("GET", "/api/v1/integrations").status == 200)
        }
    }

    @Test func rateLimitAnswers429WithRetryAfterUntilReset() async throws {
        try await withSandbox({ $0.rateLimitPerMinute = 3 }) { s in
            for _ in 0..<3 { #expect(try await s.request("GET", "/api/v1/integrations").status == 200) }
            let limited = try await s.request("GET", "/api/v1/integrations")
            #expect(limited.status == 429)
            let retry = try #require(limited.header("retry-after").flatMap { Int($0) })
            #expect((1...60).contains(retry))
            #expect(limited.message.contains("rate limit"))
            #expect(try limited.json["error"]?.stringValue == "Too Many Requests")
            // Test controls are not limited, and reset clears the window.
            let reset = try await s.request("POST", "/_sandbox/reset")
            #expect(reset.status == 200)
            let after = try await s.request("GET", "/api/v1/integrations")
            #expect(after.status == 200)
        }
    }

    @Test func errorRateOneAlwaysFailsWith5xx() async throws {
        try await withSandbox({ $0.errorRate = 1 }) { s in
            var statuses: Set<Int> = []
            for _ in 0..<30 {
                let r = try await s.request("GET", "/api/v1/integrations")
                statuses.insert(r.status)
                if r.status == 502 { #expect(r.text.contains("<html>")) }
            }
            #expect(statuses.isSubset(of: [500, 502, 503]))
            #expect(statuses.count >= 2)
            // Controls still work.
            #expect(try await s.request("GET", "/_sandbox/stats").status == 200)
        }
    }

    @Test func dropRateOneDropsEveryRequest() async throws {
        try await withSandbox({ $0.dropRate = 1 }) { s in
            await #expect(throws: (any Error).self) { _ = try await s.request("GET", "/api/v1/integrations") }
            let openapi = try await s.request("GET", "/openapi.json")
            #expect(openapi.status == 200)
        }
    }

    @Test func randomFaultsAreDeterministicPerSeed() async throws {
        func run(seed: UInt64) async throws -> [Int] {
            try await withSandbox({ $0.seed = seed; $0.errorRate = 0.5 }) { s in
                var out: [Int] = []
                for _ in 0..<20 { out.append(try await s.request("GET", "/api/v1/integrations").status) }
                return out
            }
        }
        let a = try await run(seed: 3), b = try await run(seed: 3)
        #expect(a == b)
        #expect(a.contains(200))
        #expect(a.contains { $0 >= 500 })
    }

    @Test func latencyDelaysButAnswers() async throws {
        try await withSandbox({ $0.latencyMilliseconds = 20; $0.latencyJitterMilliseconds = 10 }) { s in
            let r = try await s.request("GET", "/api/v1/integrations")
            #expect(r.status == 200)
        }
    }

    @Test func hostileRecordsCarryEscapesBidiAndWrongTypes() async throws {
        try await withSandbox({ $0.hostile = true }) { s in
            let r = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/crm/contact?limit=60")
            #expect(r.status == 200)
            let items = try r.items
            let strings = items.flatMap { allStrings($0) }
            #expect(strings.contains { $0.contains("\u{1B}[2J") })
            #expect(strings.contains { $0.contains("\u{1B}]52;") })
            #expect(strings.contains { $0.contains("\u{1B}]8;;") })
            #expect(strings.contains { $0.contains("\u{202E}") })
            #expect(strings.contains { $0.contains("\u{200B}") })
            #expect(strings.contains { $0.contains("\u{07}") })
            #expect(strings.contains { $0.count >= 10_000 })
            #expect(strings.contains { $0.contains("山田") })
            #expect(items.contains { $0["name"]?.doubleValue != nil })            // number where a string belongs
            #expect(items.contains { $0.objectValue?.contains { $0.value == .string("not-an-array") } == true })
            #expect(items.contains { $0.objectValue?.contains { $0.value == .null } == true })
            // Not all: most records are normal.
            #expect(items.filter { $0["name"]?.stringValue?.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F || $0.properties.isAlphabetic || $0 == " " || $0 == "'" } == true }.count > items.count / 2)
            // Deterministic.
            let again = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/crm/contact?limit=60")
            #expect(again.body == r.body)
        }
    }
}

/// Every string anywhere inside a JSON value.
func allStrings(_ v: JSONValue) -> [String] {
    switch v {
    case .string(let s): return [s]
    case .array(let a): return a.flatMap(allStrings)
    case .object(let o): return o.flatMap { allStrings($0.value) }
    default: return []
    }
}
