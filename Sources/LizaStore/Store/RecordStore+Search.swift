import Foundation

extension RecordStore {
    /// Rebuilds the full-text index after a first load wrote without it (one pass over every
    /// body, much cheaper than keeping it row by row) and turns its triggers back on. For a
    /// pane to call while idle after a sync; the first filter of 3+ characters does it otherwise.
    /// Nothing to do when the index is current or off.
    public func prepareSearch() throws(SQLiteError) {
        guard fullTextSearch, searchStale, !buildingSearch else { return }
        try db.transaction { () throws(SQLiteError) in
            try db.execute("INSERT INTO bodies_fts(bodies_fts) VALUES ('rebuild')")
            try db.execute(StoreSchema.fullTextTriggers)
            try db.execute("DELETE FROM meta WHERE key='fts_stale'")
        }
        searchStale = false
    }

    /// `prepareSearch` in chunks of `chunk` rows, letting other calls on the store run between
    /// them: after a first load the pane shows its rows and scrolls at once while the index is
    /// built (3 s for 100,000 rows in one pass, during which no window could be read). Filters
    /// use LIKE until it is done, so no answer misses a row. A write while it runs (a sync, a
    /// removal) ends it with the index still stale: it starts over on the next call, or the
    /// first filter of 3+ characters once no build is running rebuilds it in one pass.
    /// Returns whether the index is ready.
    @discardableResult
    public func buildSearchIndex(chunk: Int = 5_000) async throws(SQLiteError) -> Bool {
        guard fullTextSearch, searchStale, !buildingSearch else { return searchReady }
        buildingSearch = true
        defer { buildingSearch = false }
        let start = writes
        let size = Int64(min(max(chunk, 1), 1_000_000))
        // External content: 'delete-all' empties the index without touching the bodies (rows
        // changed while the triggers were off must not keep their old words in it).
        try db.execute("INSERT INTO bodies_fts(bodies_fts) VALUES ('delete-all')")
        var cursor: Int64 = 0
        while true {
            await Task.yield()
            guard writes == start, searchStale, !Task.isCancelled else { return searchReady }
            let last = try db.scalar("SELECT max(rowid) FROM (SELECT rowid FROM bodies WHERE rowid>? ORDER BY rowid LIMIT ?)",
                                     [.integer(cursor), .integer(size)])
            guard let end = last.integer else { break }
            try db.query("INSERT INTO bodies_fts(rowid, search) SELECT rowid, search FROM bodies WHERE rowid>? AND rowid<=?",
                         [.integer(cursor), .integer(end)])
            cursor = end
        }
        try db.transaction { () throws(SQLiteError) in
            try db.execute(StoreSchema.fullTextTriggers)
            try db.execute("DELETE FROM meta WHERE key='fts_stale'")
        }
        searchStale = false
        return true
    }

    /// Whether the search index is ready (false while a first load's index waits for its rebuild).
    public var searchReady: Bool { fullTextSearch && !searchStale }

    /// `count(_:filter:)`, but stops counting at `atMost`: a pane can show "1000+" at once over
    /// a million rows and ask for the exact figure later. An exact count already known is used.
    public func count(_ key: RecordCollectionKey, filter: String?, atMost: Int) throws(SQLiteError) -> Int {
        guard let info = try collection(key, create: false) else { return 0 }
        let cap = max(0, atMost)
        if let known = counts[CountKey(collection: info.id, filter: filter ?? "")] { return min(known, cap) }
        try rebuildSearchIfDue(filter)
        let needle = (filter ?? "").lowercased()
        if usesFullText(needle) {
            // The matches drive the join (the index yields rows one by one), so LIMIT stops early.
            let phrase = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return Int(try db.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM bodies_fts f CROSS JOIN records r ON r.rowid=f.rowid WHERE bodies_fts MATCH ? AND r.collection=? LIMIT ?)",
                [.text(phrase), .integer(info.id), .integer(Int64(cap))]).integer ?? 0)
        }
        let (whereClause, parameters) = condition(info, filter: filter)
        return Int(try db.scalar("SELECT count(*) FROM (SELECT 1 FROM records r WHERE \(whereClause) LIMIT ?)",
                                 parameters + [.integer(Int64(cap))]).integer ?? 0)
    }

    /// Whether a (lowercased) filter text goes to the FTS5 index rather than LIKE: the index
    /// is on and current, and the text has a trigram.
    func usesFullText(_ needle: String) -> Bool {
        fullTextSearch && !searchStale && needle.unicodeScalars.count >= 3
            && !needle.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Rebuilds a stale index before a filter that would use it, unless a sync is writing
    /// (a first load keeps the index off until its end; LIKE serves meanwhile).
    func rebuildSearchIfDue(_ filter: String?) throws(SQLiteError) {
        guard searchStale, pending.isEmpty, !buildingSearch, let filter, filter.unicodeScalars.count >= 3,
              !filter.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        try prepareSearch()
    }
}
