import Foundation
import LizaAPI
import LizaHTTP
import LizaSandbox
import OrderedJSON

/// Benchmarks of the data path: JSON parsing and paging through the sandbox over loopback HTTP.
enum DataPathBenchmarks {
    static var all: [Benchmark] {
        [foundationParse(), orderedParse(), pagesSequential(), pagesFetchAll()]
    }

    /// A 2,000-record CRM-like array, about 0.6 MB of JSON text.
    static let recordsText: String = {
        let records: [JSONValue] = (0..<2_000).map { i in
            .object([
                ("id", .string("ct-\(i)")), ("name", .string("Person \(i) Müller 张")),
                ("emails", .array([.object([("email", .string("p\(i)@example.com")), ("type", .string("WORK"))])])),
                ("amount", .number("\(i).50")), ("is_active", .bool(i % 2 == 0)), ("manager", .null),
                ("address", .object([("city", .string("Berlin")), ("country_code", .string("DE"))])),
                ("updated_at", .string("2026-10-\(10 + i % 19)T12:00:00.000Z")),
            ])
        }
        return JSONValue.array(records).serialized()
    }()

    /// Baseline: Foundation's parser (unordered dictionaries, loses key order and number text).
    static func foundationParse() -> Benchmark {
        let data = Data(recordsText.utf8)
        return Benchmark(name: "json.parse.foundation.2000", group: "json.parse") {
            let any = try? JSONSerialization.jsonObject(with: data)
            return (any as? [Any])?.count ?? 0
        }
    }

    /// OrderedJSON's parser on the same text (keeps key order and number literals).
    static func orderedParse() -> Benchmark {
        let bytes = Array(recordsText.utf8)
        return Benchmark(name: "json.parse.ordered.2000", group: "json.parse") {
            (try? JSONValue.parse(bytes: bytes))?.arrayValue?.count ?? 0
        }
    }

    /// One sandbox shared by the paging benchmarks: 2,000 contacts, 20 ms latency per request (so waiting, not CPU, dominates),
    /// no rate limit, on a random loopback port. Started lazily, never stopped (process exit).
    static let sandbox: SandboxServer? = try? blocking {
        try await SandboxServer.start(SandboxOptions(port: 0, token: "bench", recordsPerObject: 2_000,
                                                     latencyMilliseconds: 20, rateLimitPerMinute: 0))
    }

    static func query(_ server: SandboxServer) -> RecordQuery {
        RecordQuery(connectionID: server.seededConnectionIDs[0], category: .crm, objectType: "contact", limit: 100)
    }

    static func client(_ server: SandboxServer) throws -> LizaClient {
        LizaClient(baseURL: try BaseURL(server.baseURL), token: "bench", transport: AsyncHTTPClientTransport.shared)
    }

    /// Both paging benchmarks must see every record, or their times compare different work.
    static func checked(_ n: Int) -> Int {
        if n != 2_000 { print("records benchmark: expected 2000 records, got \(n)") }
        return n
    }

    /// All 2,000 records, one page after another (20 requests in sequence).
    static func pagesSequential() -> Benchmark {
        Benchmark(name: "records.2000.sequential", group: "records.2000") {
            guard let server = sandbox else { return 0 }
            guard let c = try? client(server) else { return 0 }
            let q = query(server)
            return (try? blocking {
                var n = 0
                for try await page in c.pages(for: q) { n += page.records.count }
                return checked(n)
            }) ?? 0
        }
    }

    /// The same records with fetchAll: up to 4 requests in flight, pages still in order.
    static func pagesFetchAll() -> Benchmark {
        Benchmark(name: "records.2000.fetchAll.c4", group: "records.2000") {
            guard let server = sandbox else { return 0 }
            guard let c = try? client(server) else { return 0 }
            let q = query(server)
            return (try? blocking {
                var n = 0
                for try await page in c.fetchAll(q, concurrency: 4) { n += page.records.count }
                return checked(n)
            }) ?? 0
        }
    }
}
