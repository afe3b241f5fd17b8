import Foundation
import LizaAPI
import LizaHTTP
import LizaSandbox
import LizaStore
import OrderedJSON

/// `liza-bench store [--records N] [--stored M]`: the record store at scale, one run of each
/// step (they are too large to repeat hundreds of times), printed as a table.
///
/// 1. A sandbox with N contacts (no latency, no rate limit) read three ways side by side:
///    `fetchAll` with each record printed to a string and dropped (what `liza records --all
///    --json >/dev/null` does), a full `RecordSync` into a new temporary store, and an
///    incremental sync after `/_sandbox/mutate` of 10 records.
/// 2. Store insert of the N records (already parsed, pages of 100, one transaction each).
/// 3. M stored records (the N again with other ids), then sort, filter, count and window reads,
///    and the process's peak RSS (VmHWM, reset through /proc/self/clear_refs before the phase).
enum StoreBenchmarks {
    static func run(_ arguments: [String]) -> Int32 {
        var records = 100_000, stored = 1_000_000
        var fullText = true
        var database: String?
        var args = arguments.makeIterator()
        while let arg = args.next() {
            switch arg {
            case "--records": records = args.next().flatMap { Int($0) } ?? records
            case "--stored": stored = args.next().flatMap { Int($0) } ?? stored
            case "--no-fts": fullText = false
            case "--db": database = args.next()
            default:
                print("usage: liza-bench store [--records N] [--stored M] [--no-fts] [--db FILE]")
                return 2
            }
        }
        guard (100...10_000_000).contains(records), (records...50_000_000).contains(stored) else {
            print("liza-bench store: --records 100…10000000, --stored ≥ --records")
            return 2
        }
        do {
            try scenario(records: records, stored: stored, fullText: fullText, database: database)
            return 0
        } catch {
            print("liza-bench store: \(error)")
            return 1
        }
    }

    static func time<T>(_ label: String, _ note: String = "", _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        let shown = ms >= 10_000 ? String(format: "%.1f s", ms / 1_000) : String(format: "%.1f ms", ms)
        print("| \(label) | \(shown) | \(note) |")
        return value
    }

    /// Peak resident set (VmHWM) in MB.
    static func peakRSS() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kb / 1_024
    }

    static func currentRSS() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kb / 1_024
    }

    /// Resets VmHWM to the current RSS (Linux ≥ 4.0).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// `database`: keep the store in this file; when it already holds `stored` rows, only the
    /// read steps run (the million-row insert takes minutes).
    static func scenario(records: Int, stored: Int, fullText: Bool, database: String?) throws {
        print("liza-bench store — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Date()), \(records) records, \(stored) stored, FTS5 \(fullText ? "on" : "off")")
        print("| step | time | note |")
        print("|---|---|---|")
        let server = try blocking {
            try await SandboxServer.start(SandboxOptions(port: 0, token: "bench", recordsPerObject: records, rateLimitPerMinute: 0))
        }
        let client = LizaClient(baseURL: try BaseURL(server.baseURL), token: "bench", transport: AsyncHTTPClientTransport.shared)
        let conn = server.seededConnectionIDs[0]
        let query = RecordQuery(connectionID: conn, category: .crm, objectType: "contact", limit: 100)
        let key = RecordCollectionKey(query)
        let fetch: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in try await client.records(q) }

        if let database, FileManager.default.fileExists(atPath: database) {
            let reused = try RecordStore(file: database, fullText: fullText)
            if try blocking({ try await reused.count(key) }) >= stored {
                print("| | | reusing \(database) |")
                try queries(reused, key: key, file: database)
                return
            }
            try blocking { await reused.close() }
        }

        // 1. Side by side: the plain paging the CLI's --all --json does, and the sync.
        let fetched = try time("fetchAll \(records) + print each record (`liza records --all --json` >/dev/null, in process)") {
            try blocking {
                var n = 0, bytes = 0
                for try await page in client.fetchAll(query, concurrency: 4) {
                    n += page.records.count
                    for record in page.records { bytes += record.serialized().utf8.count }
                }
                return (n, bytes)
            }
        }
        let syncStore = try RecordStore(file: nil, fullText: fullText)
        let rssBeforeSync = currentRSS()
        resetPeak()
        let full = try time("RecordSync full, \(records) records into a new store", "") {
            try blocking { try await RecordSync().run(key, category: .crm, store: syncStore, now: 1_000, fetch: fetch) }
        }
        try time("prepareSearch after the first load (rebuilds the FTS5 index in one pass)") {
            try blocking { try await syncStore.prepareSearch() }
        }
        print("| | | fetched \(fetched.0) (\(fetched.1 / 1_048_576) MB of JSON); sync stored \(full.stored) in \(full.pages) pages; peak RSS during the sync \(Int(peakRSS())) MB (\(Int(rssBeforeSync)) MB before) |")
        _ = try blocking {
            await server.mutate(connectionID: conn, category: .crm, object: "contact", change: 10, delete: 0)?.changed.count ?? 0
        }
        let incremental = try time("RecordSync incremental after /_sandbox/mutate of 10") {
            try blocking { try await RecordSync().run(key, category: .crm, store: syncStore, now: 2_000, fetch: fetch) }
        }
        print("| | | \(incremental.pages) page(s), \(incremental.fetched) fetched, \(incremental.outcome.changed) changed |")
        let noChange = try time("RecordSync incremental, nothing changed") {
            try blocking { try await RecordSync().run(key, category: .crm, store: syncStore, now: 3_000, fetch: fetch) }
        }
        print("| | | \(noChange.pages) page(s), \(noChange.fetched) fetched |")
        try blocking { await syncStore.close() }

        // 2. Insert alone: the records parsed in memory first.
        var pages: [[JSONValue]] = try blocking {
            var all: [[JSONValue]] = []
            for try await page in client.fetchAll(query, concurrency: 4) { all.append(page.records) }
            return all
        }
        let folder = FileManager.default.temporaryDirectory.path + "/liza-bench-store-\(UUID().uuidString)"
        defer { if database == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let file = database ?? folder + "/records-bench.sqlite"
        let store = try RecordStore(file: file, fullText: fullText)
        let ticket = try blocking { try await store.beginSync(key, full: true) }
        let insertPages = pages
        try time("store insert of \(records) records (pages of 100, a transaction each; file, WAL, FTS5)") {
            try blocking { for page in insertPages { try await store.write(page, ticket: ticket) } }
        }

        // 3. Up to `stored` rows: the same records again under other ids.
        let rounds = stored / records
        try time("store insert up to \(rounds * records) records", "\(rounds - 1) more rounds") {
            for round in 1..<max(rounds, 1) {
                let suffix = "-r\(round)"
                let batchPages = pages
                try blocking {
                    for page in batchPages {
                        let renamed = page.map { record -> JSONValue in
                            guard case .object(var pairs) = record, let k = pairs.firstIndex(where: { $0.key == "id" }),
                                  let id = pairs[k].value.stringValue else { return record }
                            pairs[k].value = .string(id + suffix)
                            return .object(pairs)
                        }
                        try await store.write(renamed, ticket: ticket)
                    }
                }
            }
        }
        _ = try blocking { try await store.finishSync(ticket, complete: true, now: 1) }
        pages = []
        try time("prepareSearch after the load (FTS5 index in one pass)") { try blocking { try await store.prepareSearch() } }
        try queries(store, key: key, file: file)
    }

    /// Step 3's reads over the stored rows.
    static func queries(_ store: RecordStore, key: RecordCollectionKey, file: String) throws {
        let size = RecordStoreFiles.size(of: file)
        print("| | | database \(size / 1_048_576) MB on disk; RSS now \(Int(currentRSS())) MB, peak so far \(Int(peakRSS())) MB |")
        resetPeak()
        let before = currentRSS()

        let total = try time("count(*)") { try blocking { try await store.count(key) } }
        let columns = try blocking { try await store.columns(of: key) }
        print("| | | \(total) rows; columns: \(columns.prefix(6).joined(separator: ", "))… |")
        _ = try time("window 60 rows at offset 0, server order") { try blocking { try await store.rows(key, offset: 0, limit: 60) } }
        _ = try time("window 60 rows at offset \(total / 2), server order") { try blocking { try await store.rows(key, offset: total / 2, limit: 60) } }
        // A column nothing sorted by yet: the window answers from a scan, the index follows.
        let byTitle = [RecordOrder(column: "title", ascending: false)]
        _ = try time("sort by title, no index yet: first window (a scan keeping the top rows)") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, sort: byTitle) }
        }
        try time("then its index, built after the answer (buildDeferredSortIndexes)") {
            try blocking { try await store.buildDeferredSortIndexes() }
        }
        _ = try time("sort by title: next window (offset 60, index built)") {
            try blocking { try await store.rows(key, offset: 60, limit: 60, sort: byTitle) }
        }
        let byName = [RecordOrder(column: "name"), RecordOrder(column: "id")]
        try time("prepareSort name, id (idle after a sync, before the user sorts)") {
            try blocking { try await store.prepareSort(key, columns: ["name", "id"]) }
        }
        _ = try time("sort by name, id: first window") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, sort: byName) }
        }
        _ = try time("sort by name, id: another first window (index built)") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, sort: byName) }
        }
        _ = try time("sort by name desc: window at offset \(total / 2)") {
            try blocking { try await store.rows(key, offset: total / 2, limit: 60, sort: [RecordOrder(column: "name", ascending: false)]) }
        }
        _ = try time("sort by id (natural), first window") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, sort: [RecordOrder(column: "id")]) }
        }
        let capped = try time("filter \"son\": count up to 1000 (what a pane shows first)") {
            try blocking { try await store.count(key, filter: "son", atMost: 1_000) }
        }
        let cappedShort = try time("filter \"zz\" (LIKE): count up to 1000") {
            try blocking { try await store.count(key, filter: "zz", atMost: 1_000) }
        }
        _ = try time("filter \"zz\" (LIKE): first window, server order") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, filter: "zz") }
        }
        print("| | | capped counts: son \(capped), zz \(cappedShort) |")
        let common = try time("filter \"son\" (FTS5 trigram): count") { try blocking { try await store.count(key, filter: "son") } }
        _ = try time("filter \"son\": first window, server order") { try blocking { try await store.rows(key, offset: 0, limit: 60, filter: "son") } }
        _ = try time("filter \"son\": first window sorted by name") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, sort: byName, filter: "son") }
        }
        let rare = try time("filter \"example.org\" (FTS5): count") { try blocking { try await store.count(key, filter: "example.org") } }
        let short = try time("filter \"zz\" (2 letters: LIKE scan): count") { try blocking { try await store.count(key, filter: "zz") } }
        print("| | | matches: son \(common), example.org \(rare), zz \(short) |")
        try shortFilters(store, key: key)
        print("| | | peak RSS during the \(total)-row phase: \(Int(peakRSS())) MB (RSS at its start \(Int(before)) MB) |")
        try blocking { await store.close() }
    }

    /// One- and two-letter filters (no trigram: a LIKE scan of the narrow `search` table), as the
    /// TUI reads them: the count up to 1,001 (it shows `1,000+`), then the first window; and
    /// how soon a superseded read (its task cancelled) gives the store back.
    static func shortFilters(_ store: RecordStore, key: RecordCollectionKey) throws {
        _ = try time("summary (the TUI reads it with every window: counts the collection's rows)") { try blocking { try await store.summary(key) } }
        _ = try time("summary again (kept until a write)") { try blocking { try await store.summary(key) } }
        // In the TUI's order: the window, then the count up to 1,001 (a window of a LIKE filter
        // with few matches remembers their exact count, so the count is then free).
        for (filter, what) in [("~", "1 char, no match"), ("zz", "2 letters, no match"), ("zh", "2 letters, rare"), ("q", "1 letter, 13 % of rows"),
                               ("e", "1 letter, common"), ("an", "2 letters, common")] {
            _ = try time("filter \"\(filter)\" (\(what)): first window of 60, server order") {
                try blocking { try await store.rows(key, offset: 0, limit: 60, filter: filter) }
            }
            let n = try time("filter \"\(filter)\": count up to 1001 (what the TUI shows)") {
                try blocking { try await store.count(key, filter: filter, atMost: 1_001) }
            }
            print("| | | \(n > 1_000 ? "1,000+" : String(n)) matches |")
            _ = try time("filter \"\(filter)\": next window (offset 60), server order") {
                try blocking { try await store.rows(key, offset: 60, limit: 60, filter: filter) }
            }
            _ = try time("filter \"\(filter)\": first window of 60 sorted by name") {
                try blocking { try await store.rows(key, offset: 0, limit: 60, sort: [RecordOrder(column: "name")], filter: filter) }
            }
        }
        // An exact count with no match reads every row (the longest read there is); cancel it
        // 50 ms in and time how long the store takes to give up, then the next window.
        let (latency, outcome) = try blocking { () async throws -> (Double, String) in
            let read = Task { try await store.count(key, filter: "~~", atMost: Int.max) }
            try await Task.sleep(for: .milliseconds(50))
            let start = ContinuousClock.now
            read.cancel()
            let result = await read.result
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
            switch result {
            case .success(let n): return (ms, "finished first (\(n))")
            case .failure(let error as SQLiteError) where error.isCancellation: return (ms, "cancelled")
            case .failure(let error): return (ms, "failed: \(error)")
            }
        }
        print("| cancel a full LIKE scan 50 ms in: time from cancel to the read returning | \(String(format: "%.2f ms", latency)) | \(outcome) |")
        _ = try time("the next window after the cancel (filter \"zz\", 60 rows)") {
            try blocking { try await store.rows(key, offset: 0, limit: 60, filter: "zz") }
        }
    }
}
