import Foundation
import OrderedJSON

extension RecordStore {
    /// A window of a collection's rows: `limit` rows from `offset`, ordered by `sort` (each key
    /// natural: numbers by value, `ct-9997` before `ct-10000`; ties by the next key, then by
    /// the server's order), keeping only rows whose column texts contain `filter`
    /// (case-insensitive). Only the window's rows are read into memory.
    ///
    /// Sort keys name columns of `columns(of:)`; others are ignored. The first sort by a column
    /// builds an index on it, so later windows in that order read only what they show.
    public func rows(_ key: RecordCollectionKey, offset: Int, limit: Int, sort: [RecordOrder] = [],
                     filter: String? = nil) throws(SQLiteError) -> [StoredRecord] {
        guard let info = try collection(key, create: false), limit > 0 else { return [] }
        let offset = max(0, offset), limit = min(limit, 1_000_000)
        try rebuildSearchIfDue(filter)
        var (whereClause, parameters) = condition(info, filter: filter)
        let order = try orderClause(info, sort: sort, waitForIndex: false)
        if !deferredSortIndexes.isEmpty {
            // Runs on this actor once this read has answered.
            Task { try? self.buildDeferredSortIndexes() }
        }
        // The window's rowids first, from the records table (and its indexes) alone, so rows
        // skipped by a deep OFFSET are never joined with their JSON; then the window's bodies.
        // A superseded read (its task cancelled: a newer filter) stops here rather than
        // finishing a scan the next window would wait behind; indexes are built before.
        return try db.cancellableRead { () throws(SQLiteError) -> [StoredRecord] in
            if let needle = likeNeedle(filter) {
                // A LIKE filter matching few rows (or none) would make the window walk every
                // record testing each; one scan of the narrow search table finds them instead,
                // and the window is read from just those (their exact count remembered too).
                let matched = try likeRowids(info, needle: needle, atMost: likeSetLimit + 1)
                if matched.count <= likeSetLimit {
                    counts[CountKey(collection: info.id, filter: filter ?? "")] = matched.count
                    guard offset < matched.count else { return [] }
                    whereClause = "r.rowid IN (SELECT value FROM json_each(?))"
                    parameters = [.text("[" + matched.map(String.init).joined(separator: ",") + "]")]
                }
            }
            var ids: [Int64] = []
            ids.reserveCapacity(min(limit, 1_000))
            try db.forEachRow("SELECT r.rowid FROM records r WHERE \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?",
                              parameters + [.integer(Int64(limit)), .integer(Int64(offset))]) { row throws(SQLiteError) in
                if let id = row[0].integer { ids.append(id) }
            }
            var out: [StoredRecord] = []
            out.reserveCapacity(ids.count)
            for id in ids {
                try db.forEachRow(
                    "SELECT r.record_id, b.json, r.updated_at, r.change_kind, r.changed_gen, b.previous FROM records r JOIN bodies b ON b.rowid=r.rowid WHERE r.rowid=?",
                    [.integer(id)]) { row throws(SQLiteError) in
                        out.append(Self.stored(row, generation: info.generation))
                    }
            }
            return out
        }
    }

    /// How many rows `rows(…filter:)` can show.
    /// Counts are remembered until the next write, so a pane asking again per frame costs nothing.
    public func count(_ key: RecordCollectionKey, filter: String? = nil) throws(SQLiteError) -> Int {
        guard let info = try collection(key, create: false) else { return 0 }
        let cacheKey = CountKey(collection: info.id, filter: filter ?? "")
        if let known = counts[cacheKey] { return known }
        try rebuildSearchIfDue(filter)
        let value: Int
        if let like = likeNeedle(filter) {
            value = try likeCount(info, needle: like, limit: -1)
        } else {
            let (whereClause, parameters) = condition(info, filter: filter)
            value = Int(try db.cancellableRead { () throws(SQLiteError) in
                try db.scalar("SELECT count(*) FROM records r WHERE \(whereClause)", parameters)
            }.integer ?? 0)
        }
        counts[cacheKey] = value
        return value
    }

    /// One stored record by id (with its previous version, for a diff).
    public func record(_ key: RecordCollectionKey, id: String) throws(SQLiteError) -> StoredRecord? {
        guard let info = try collection(key, create: false) else { return nil }
        let rows = try db.query(
            "SELECT r.record_id, b.json, r.updated_at, r.change_kind, r.changed_gen, b.previous FROM records r JOIN bodies b ON b.rowid=r.rowid WHERE r.collection=? AND r.record_id=?",
            [.integer(info.id), .text(id)])
        return rows.first.map { Self.stored($0, generation: info.generation) }
    }

    /// Every row in the order and filter of a window, handed to `body` in batches of up to
    /// `batch` with a state it carries along (export: one statement, no growing OFFSET, nothing
    /// kept but the batch); `body` returning false stops. Runs on the store's actor.
    public func reduceBatches<State: Sendable>(
        _ key: RecordCollectionKey, sort: [RecordOrder] = [], filter: String? = nil, batch: Int = 1_000, into initial: State,
        _ body: @Sendable (inout State, [StoredRecord]) -> Bool
    ) throws(SQLiteError) -> State {
        var state = initial
        guard let info = try collection(key, create: false) else { return state }
        try rebuildSearchIfDue(filter)
        let (whereClause, parameters) = condition(info, filter: filter)
        let order = try orderClause(info, sort: sort)
        var chunk: [StoredRecord] = []
        var stopped = false
        let size = max(1, batch)
        try db.cancellableRead { () throws(SQLiteError) in
            try db.forEachRow(
                "SELECT r.record_id, b.json, r.updated_at, r.change_kind, r.changed_gen, b.previous FROM records r JOIN bodies b ON b.rowid=r.rowid WHERE \(whereClause) ORDER BY \(order)",
                parameters) { row throws(SQLiteError) in
                    guard !stopped else { return }
                    chunk.append(Self.stored(row, generation: info.generation))
                    if chunk.count >= size {
                        stopped = !body(&state, chunk)
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
        }
        if !stopped, !chunk.isEmpty { _ = body(&state, chunk) }
        return state
    }

    /// Writes the WAL back into the database and rebuilds the file without free pages, so
    /// removed rows are gone from the disk too.
    public func compact() throws(SQLiteError) {
        if file != nil { try db.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
        try db.execute("VACUUM")
        if file != nil { try db.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// What the store holds for `key`, or nil when it holds nothing for it.
    public func summary(_ key: RecordCollectionKey) throws(SQLiteError) -> CollectionSummary? {
        try summaries().first { $0.key == key }
    }

    /// Every collection with its row count, newest sync first. Kept until any write (a pane
    /// reads it with every window; counting a million rows takes 25–130 ms).
    public func summaries() throws(SQLiteError) -> [CollectionSummary] {
        let stamp = try db.changeStamp()
        if let kept = keptSummaries, kept.stamp == stamp { return kept.value }
        let value = try readSummaries()
        keptSummaries = (stamp, value)
        return value
    }

    private func readSummaries() throws(SQLiteError) -> [CollectionSummary] {
        let rows = try db.query("""
            SELECT c.connection, c.category, c.object, c.columns, c.synced_at, c.full_synced_at, c.newest_updated_at,
                   (SELECT count(*) FROM records r WHERE r.collection=c.id),
                   (SELECT count(*) FROM records r WHERE r.collection=c.id AND r.changed_gen=c.generation AND r.change_kind>0)
            FROM collections c ORDER BY c.connection, c.category, c.object
            """)
        return rows.map { row in
            let key = RecordCollectionKey(connectionID: row[0].text ?? "", category: row[1].text ?? "", objectType: row[2].text ?? "")
            let columns = (row[3].text.flatMap { try? JSONValue.parse($0).arrayValue } ?? []).compactMap(\.stringValue)
            return CollectionSummary(key: key, count: Int(row[7].integer ?? 0), changed: Int(row[8].integer ?? 0), syncedAt: row[4].real,
                                     fullSyncedAt: row[5].real, newestUpdatedAt: row[6].text, columns: columns)
        }
    }

    /// Removes the collections of `connectionID` (every collection when nil); returns how many rows went.
    @discardableResult
    public func remove(connectionID: String?) throws(SQLiteError) -> Int {
        let filter = connectionID.map { SQLiteValue.text($0) } ?? .null
        didWrite()
        let removed = try db.transaction { () throws(SQLiteError) -> Int in
            try db.query("DELETE FROM bodies WHERE rowid IN (SELECT r.rowid FROM records r JOIN collections c ON c.id=r.collection WHERE ?1 IS NULL OR c.connection=?1)", [filter])
            try db.query("DELETE FROM search WHERE rowid IN (SELECT r.rowid FROM records r JOIN collections c ON c.id=r.collection WHERE ?1 IS NULL OR c.connection=?1)", [filter])
            try db.query("DELETE FROM records WHERE collection IN (SELECT id FROM collections WHERE ?1 IS NULL OR connection=?1)", [filter])
            let count = db.changes
            try db.query("DELETE FROM collections WHERE ?1 IS NULL OR connection=?1", [filter])
            return count
        }
        collections = collections.filter { key, _ in connectionID != nil && key.connectionID != connectionID }
        return removed
    }

    // MARK: SQL pieces (only the store's own names go into SQL text; values are parameters)

    func condition(_ info: CollectionInfo, filter: String?) -> (String, [SQLiteValue]) {
        let needle = (filter ?? "").lowercased()
        guard !needle.trimmingCharacters(in: .whitespaces).isEmpty else { return ("r.collection=?", [.integer(info.id)]) }
        if usesFullText(needle) {
            // An FTS5 string literal: the text between double quotes, quotes doubled. The trigram
            // tokenizer matches it as a substring, case-insensitively.
            let phrase = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return ("r.collection=? AND r.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)", [.integer(info.id), .text(phrase)])
        }
        let pattern = Self.likePattern(needle)
        // Tested row by row (not a set built first), so a window in server order stops as soon
        // as it has its rows instead of scanning every search text (a narrow table of its own,
        // so even a scan of every row reads little).
        return ("r.collection=? AND EXISTS (SELECT 1 FROM search s WHERE s.rowid=r.rowid AND s.text LIKE ? ESCAPE '\\')",
                [.integer(info.id), .text(pattern)])
    }

    /// `%needle%` for LIKE … ESCAPE '\\', the needle's own `%`, `_` and `\\` escaped.
    static func likePattern(_ needle: String) -> String {
        var pattern = "%"
        for character in needle {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern + "%"
    }

    /// Builds the sort indexes of `columns` now (a million rows take about a second each), so
    /// the first sort by them is as quick as the next: for a pane to call while it is idle
    /// after a full sync, rather than on the user's first `s`.
    public func prepareSort(_ key: RecordCollectionKey, columns wanted: [String]) throws(SQLiteError) {
        guard let info = try collection(key, create: false) else { return }
        for column in wanted {
            if let slot = info.columns.firstIndex(of: column), slot < StoreSchema.slots { try ensureSortIndex(slot) }
        }
    }

    /// (collection, key, position): both directions of a one-key sort read the index only.
    func ensureSortIndex(_ slot: Int) throws(SQLiteError) {
        guard !sortIndexes.contains(slot) else { return }
        try db.execute("CREATE INDEX IF NOT EXISTS records_k\(slot) ON records(collection, k\(slot), position)")
        sortIndexes.insert(slot)
    }

    /// Builds the sort indexes window reads went without (`orderClause(…, waitForIndex: false)`).
    /// A window read schedules it on the store after it answers; idempotent.
    public func buildDeferredSortIndexes() throws(SQLiteError) {
        let slots = deferredSortIndexes.sorted()
        deferredSortIndexes = []
        for slot in slots { try ensureSortIndex(slot) }
    }

    /// Whether the sort index of `slot` exists (made by this store or an earlier one on the file).
    func hasSortIndex(_ slot: Int) throws(SQLiteError) -> Bool {
        if sortIndexes.contains(slot) { return true }
        let found = try db.scalar("SELECT 1 FROM sqlite_master WHERE type='index' AND name=?", [.text("records_k\(slot)")]) != .null
        if found { sortIndexes.insert(slot) }
        return found
    }

    /// The ORDER BY of a read. With `waitForIndex` the first key's index is built first (an
    /// export reads every row in that order); without, a missing one is left for later
    /// (`deferredSortIndexes`): a window is then one scan of the slim `records` table keeping
    /// the top rows (130–170 ms for the first window over 1,000,000 rows, where building the
    /// index first took 1.0–1.4 s), and the index follows right after the answer.
    func orderClause(_ info: CollectionInfo, sort: [RecordOrder], waitForIndex: Bool = true) throws(SQLiteError) -> String {
        var terms: [String] = []
        var used: Set<Int> = []
        for order in sort {
            guard let slot = info.columns.firstIndex(of: order.column), slot < StoreSchema.slots, used.insert(slot).inserted else { continue }
            if terms.isEmpty {
                if waitForIndex {
                    try ensureSortIndex(slot)
                } else if try !hasSortIndex(slot) {
                    deferredSortIndexes.insert(slot)
                }
            }
            terms.append("r.k\(slot) \(order.ascending ? "ASC" : "DESC")")
        }
        // Ties keep the server's order, reversed under a descending first key (so the index serves it).
        let descending = sort.first.map { !$0.ascending && info.columns.contains($0.column) } ?? false
        terms.append("r.position \(descending ? "DESC" : "ASC")")
        return terms.joined(separator: ", ")
    }

    static func stored(_ row: [SQLiteValue], generation: Int64) -> StoredRecord {
        let kind = row[3].integer ?? 0
        let current = (row[4].integer ?? -1) == generation
        let change: StoredRecord.Change = !current || kind == 0 ? .none : kind == 1 ? .new : .changed
        return StoredRecord(id: row[0].text ?? "", json: row[1].text ?? "null", updatedAt: row[2].text, change: change, previousJSON: row[5].text)
    }
}
