import Foundation
import LizaAPI
import OrderedJSON
import Testing
@testable import LizaStore

/// A read whose task is cancelled (a newer window superseded it) stops instead of running to
/// the end on the store's actor; writes never stop; the store answers the next read right.
/// Short (LIKE) filters read the same however their window is found. And a database of an
/// older schema is rebuilt, not read with the wrong layout.
@Suite struct RecordStoreCancellationTests {
    static let key = RecordStoreTests.key

    /// Many rows, none of which matches `"zz"`, so a LIKE read of them scans everything.
    static let records = (0..<2_000).map { RecordStoreTests.contact("c-\($0)", name: $0 % 4 == 0 ? "Ada Lovelace \($0)" : "Grace \($0)", amount: $0) }

    @Test func aRunningReadStopsWhenItsTaskIsCancelled() async throws {
        let (started, signal) = AsyncStream<Void>.makeStream()
        let read = Task { () -> String in
            do {
                let db = try SQLiteConnection(path: "")
                signal.yield()
                // Half a billion steps of a recursive CTE: tens of seconds when not stopped.
                let value = try db.cancellableRead { () throws(SQLiteError) in
                    try db.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<500000000) SELECT count(*) FROM c")
                }
                return "finished: \(value)"
            } catch {
                return Self.outcome(error)
            }
        }
        for await _ in started { break }
        // Likely mid-read by now; cancelled before it starts would stop it at its first steps too.
        try await Task.sleep(for: .milliseconds(50))
        read.cancel()
        let outcome = await read.value
        #expect(outcome == "cancelled")

        // The handler is gone after the read: the same connection's next statement in a
        // cancelled task (a write, say) runs to its end.
        let after = Task { () -> String in
            withUnsafeCurrentTask { $0?.cancel() }
            do {
                let db = try SQLiteConnection(path: "")
                let value = try db.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<100000) SELECT count(*) FROM c")
                return "\(value)"
            } catch {
                return "failed: \(error)"
            }
        }
        let plain = await after.value
        #expect(plain == "\(SQLiteValue.integer(100_000))")
    }

    @Test(arguments: [true, false]) func aCancelledStoreReadThrowsAndTheNextReadIsRight(fullText: Bool) async throws {
        let store = try await RecordStoreTests.filled(Self.records, fullText: fullText)
        try await store.prepareSearch()
        let superseded = Task { () -> [String] in
            withUnsafeCurrentTask { $0?.cancel() }
            var outcomes: [String] = []
            for filter in ["zz", "zzz-nowhere"] {
                do {
                    let rows = try await store.rows(Self.key, offset: 0, limit: 60, filter: filter)
                    outcomes.append("rows \(rows.count)")
                } catch {
                    outcomes.append(Self.outcome(error))
                }
                do {
                    let n = try await store.count(Self.key, filter: filter)
                    outcomes.append("count \(n)")
                } catch {
                    outcomes.append(Self.outcome(error))
                }
            }
            do {
                let n = try await store.count(Self.key, filter: "zz", atMost: 1_000)
                outcomes.append("capped \(n)")
            } catch {
                outcomes.append(Self.outcome(error))
            }
            return outcomes
        }
        let outcomes = await superseded.value
        #expect(outcomes == Array(repeating: "cancelled", count: 5))

        // Nothing of the cancelled reads stays behind: no remembered count, no handler.
        let none = try await store.count(Self.key, filter: "zz")
        #expect(none == 0)
        let ada = try await store.count(Self.key, filter: "ada")
        #expect(ada == 500)
        let capped = try await store.count(Self.key, filter: "a", atMost: 100)
        #expect(capped == 100)
        let window = try await store.rows(Self.key, offset: 0, limit: 3, filter: "LOVELACE").map(\.id)
        #expect(window == ["c-0", "c-4", "c-8"])
        let all = try await store.rows(Self.key, offset: 1_990, limit: 60).map(\.id)
        #expect(all.count == 10)
    }

    @Test func aWriteInACancelledTaskIsNeverCutShort() async throws {
        let store = try RecordStore(file: nil)
        let writer = Task { () -> String in
            withUnsafeCurrentTask { $0?.cancel() }
            do {
                let ticket = try await store.beginSync(Self.key, full: true)
                try await store.write(Self.records, ticket: ticket)
                _ = try await store.finishSync(ticket, complete: true, now: 1)
                // A full sync over it: every row compared and rewritten (updates, not inserts).
                let again = try await store.beginSync(Self.key, full: true)
                try await store.write(Self.records.map { RecordStoreTests.contact(Self.recordID($0), name: "Hopper", amount: 1) }, ticket: again)
                _ = try await store.finishSync(again, complete: true, now: 2)
                try await store.prepareSearch()
                return "written"
            } catch {
                return "failed: \(error)"
            }
        }
        let outcome = await writer.value
        #expect(outcome == "written")
        let stored = try await store.count(Self.key)
        #expect(stored == 2_000)
        let hopper = try await store.count(Self.key, filter: "hopper")
        #expect(hopper == 2_000)
        let ho = try await store.count(Self.key, filter: "ho")
        #expect(ho == 2_000)
        let grace = try await store.count(Self.key, filter: "grace")
        #expect(grace == 0)
    }

    /// A store file of schema 2 (search text inside `bodies`, index `bodies_fts`) is dropped
    /// and made anew on open: writing into its `bodies` would fail (its `search` column is NOT NULL).
    @Test func anOlderSchemaIsRebuilt() async throws {
        let folder = FileManager.default.temporaryDirectory.path + "/liza-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/records-test.sqlite"
        try RecordStore.createPrivateFile(file)
        do {
            let old = try SQLiteConnection(path: file)
            try old.execute("""
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('schema', '2');
                CREATE TABLE bodies(rowid INTEGER PRIMARY KEY, json TEXT NOT NULL, previous TEXT, search TEXT NOT NULL);
                CREATE VIRTUAL TABLE bodies_fts USING fts5(search, content='bodies', content_rowid='rowid', tokenize='trigram');
                CREATE TRIGGER bodies_ai AFTER INSERT ON bodies BEGIN INSERT INTO bodies_fts(rowid, search) VALUES (new.rowid, new.search); END;
                INSERT INTO bodies(rowid, json, search) VALUES (1, '{}', 'old');
                """)
            old.close()
        }
        let store = try RecordStore(file: file)
        let before = try await store.summaries()
        #expect(before.isEmpty)
        let ticket = try await store.beginSync(Self.key, full: true)
        try await store.write(Array(Self.records.prefix(10)), ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        try await store.prepareSearch()
        let lovelace = try await store.count(Self.key, filter: "lovelace")
        #expect(lovelace == 3)
        let ad = try await store.count(Self.key, filter: "ad")
        #expect(ad == 3)
        await store.close()
    }

    /// A short (LIKE) filter's window is the same whether it is read from the matches' rowids
    /// (few matches) or by testing rows in the window's order (many), in every order and depth.
    @Test func bothWaysOfReadingAShortFilterAgree() async throws {
        let store = try await RecordStoreTests.filled(Self.records, fullText: false)
        let orders: [[RecordOrder]] = [[], [RecordOrder(column: "name")], [RecordOrder(column: "name", ascending: false), RecordOrder(column: "id")]]
        for filter in ["ad", "7", "zz", "a"] {
            for sort in orders {
                for offset in [0, 100, 490] {
                    await store.setLikeSetLimit(10_000)
                    let bySet = try await store.rows(Self.key, offset: offset, limit: 30, sort: sort, filter: filter).map(\.id)
                    let setCount = try await store.count(Self.key, filter: filter, atMost: 5_000)
                    await store.setLikeSetLimit(0)
                    let byScan = try await store.rows(Self.key, offset: offset, limit: 30, sort: sort, filter: filter).map(\.id)
                    #expect(bySet == byScan, "filter \(filter), offset \(offset)")
                    let scanCount = try await store.count(Self.key, filter: filter, atMost: 5_000)
                    #expect(setCount == scanCount)
                }
            }
        }
        let ada = try await store.rows(Self.key, offset: 0, limit: 2, filter: "ad").map(\.id)
        #expect(ada == ["c-0", "c-4"])
        let adaCount = try await store.count(Self.key, filter: "ad")
        #expect(adaCount == 500)
    }

    /// The next keystroke of a short filter tests only the last one's matches; a write (here,
    /// or by another connection) voids them (and the summaries kept), and a filter that does not
    /// contain the last one scans.
    @Test func aLongerFilterNarrowsTheLastMatchesUntilAWrite() async throws {
        let folder = FileManager.default.temporaryDirectory.path + "/liza-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/records-test.sqlite"
        let store = try RecordStore(file: file, fullText: false)
        let ticket = try await store.beginSync(Self.key, full: true)
        try await store.write(Self.records, ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        var seen: [String: [String]] = [:]
        for filter in ["a", "ad", "ada", "ada lovelace 1", "ada lovelace 12", "grace 1", "e 19"] {
            seen[filter] = try await store.rows(Self.key, offset: 0, limit: 5, filter: filter).map(\.id)
        }
        #expect(seen["ad"] == ["c-0", "c-4", "c-8", "c-12", "c-16"])
        #expect(seen["ada lovelace 12"] == ["c-12", "c-120", "c-124", "c-128", "c-1200"])
        #expect(seen["grace 1"] == ["c-1", "c-10", "c-11", "c-13", "c-14"])
        #expect(seen["e 19"] == ["c-19", "c-190", "c-191", "c-192", "c-193"])
        // 12; 120, 124, 128; 1200 to 1296 in steps of 4.
        let narrowed = try await store.count(Self.key, filter: "ada lovelace 12", atMost: 1_000)
        #expect(narrowed == 29)
        // A write through this store voids the matches kept: the new match is found.
        _ = try await store.rows(Self.key, offset: 0, limit: 1, filter: "ada lovelace 12")
        let next = try await store.beginSync(Self.key, full: false)
        try await store.write([RecordStoreTests.contact("c-new", name: "Ada Lovelace 12x", amount: 1)], ticket: next)
        _ = try await store.finishSync(next, complete: true, now: 2)
        let afterWrite = try await store.rows(Self.key, offset: 0, limit: 1, filter: "ada lovelace 12x").map(\.id)
        #expect(afterWrite == ["c-new"])
        // A write by another connection to the same file: the cached matches are not trusted.
        _ = try await store.rows(Self.key, offset: 0, limit: 1, filter: "grace 19")
        let countBefore = try await store.summary(Self.key)?.count
        #expect(countBefore == 2_001)
        let other = try RecordStore(file: file, fullText: false)
        let ticket2 = try await other.beginSync(Self.key, full: false)
        try await other.write([RecordStoreTests.contact("c-other", name: "Grace 19 Hopper", amount: 1)], ticket: ticket2)
        _ = try await other.finishSync(ticket2, complete: true, now: 3)
        await other.close()
        let otherWrite = try await store.rows(Self.key, offset: 0, limit: 1, filter: "grace 19 hopper").map(\.id)
        #expect(otherWrite == ["c-other"])
        let countAfter = try await store.summary(Self.key)?.count
        #expect(countAfter == 2_002)
        await store.close()
    }

    static func outcome(_ error: any Error) -> String {
        (error as? SQLiteError)?.isCancellation == true ? "cancelled" : "failed: \(error)"
    }

    static func recordID(_ record: JSONValue) -> String { record["id"]?.stringValue ?? "" }
}
