import Foundation

extension RecordStore {
    /// Rebuilds the full-text index after a first load wrote without it (one pass over every
    /// search text, much cheaper than keeping it row by row) and turns its triggers back on. For a
    /// pane to call while idle after a sync; the first filter of 3+ characters does it otherwise.
    /// Nothing to do when the index is current or off.
    public func prepareSearch() throws(SQLiteError) {
        guard fullTextSearch, searchStale, !buildingSearch else { return }
        try markSearchCurrent { () throws(SQLiteError) in try db.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')") }
    }

    /// Ends a rebuild (`last`, then in the same transaction): the triggers keep the index from
    /// now on and it is no longer marked stale.
    private func markSearchCurrent(after last: () throws(SQLiteError) -> Void = {}) throws(SQLiteError) {
        try db.transaction { () throws(SQLiteError) in
            try last()
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
        // External content: 'delete-all' empties the index without touching `search` (rows
        // changed while the triggers were off must not keep their old words in it).
        try db.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
        var cursor: Int64 = 0
        while true {
            await Task.yield()
            guard writes == start, searchStale, !Task.isCancelled else { return searchReady }
            let last = try db.scalar("SELECT max(rowid) FROM (SELECT rowid FROM search WHERE rowid>? ORDER BY rowid LIMIT ?)",
                                     [.integer(cursor), .integer(size)])
            guard let end = last.integer else { break }
            try db.query("INSERT INTO search_fts(rowid, text) SELECT rowid, text FROM search WHERE rowid>? AND rowid<=?",
                         [.integer(cursor), .integer(end)])
            cursor = end
        }
        try markSearchCurrent()
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
            return Int(try db.cancellableRead { () throws(SQLiteError) in
                try db.scalar(
                    "SELECT count(*) FROM (SELECT 1 FROM search_fts f CROSS JOIN records r ON r.rowid=f.rowid WHERE search_fts MATCH ? AND r.collection=? LIMIT ?)",
                    [.text(phrase), .integer(info.id), .integer(Int64(cap))])
            }.integer ?? 0)
        }
        if let like = likeNeedle(filter) { return try likeCount(info, needle: like, limit: Int64(cap)) }
        let (whereClause, parameters) = condition(info, filter: nil)
        return Int(try db.cancellableRead { () throws(SQLiteError) in
            try db.scalar("SELECT count(*) FROM (SELECT 1 FROM records r WHERE \(whereClause) LIMIT ?)", parameters + [.integer(Int64(cap))])
        }.integer ?? 0)
    }

    /// The lowercased filter when it is matched by LIKE (not empty, not served by the index).
    func likeNeedle(_ filter: String?) -> String? {
        let needle = (filter ?? "").lowercased()
        guard !needle.trimmingCharacters(in: .whitespaces).isEmpty, !usesFullText(needle) else { return nil }
        return needle
    }

    /// Counts a LIKE filter's matches up to `limit` (-1: all), driven by the narrow `search`
    /// table: one sequential scan of it, the record's row looked up only for a match (rather
    /// than every record's search text looked up in the collection's index order).
    func likeCount(_ info: CollectionInfo, needle: String, limit: Int64) throws(SQLiteError) -> Int {
        Int(try db.cancellableRead { () throws(SQLiteError) in
            try db.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM search s CROSS JOIN records r ON r.rowid=s.rowid WHERE s.text LIKE ? ESCAPE '\\' AND r.collection=? LIMIT ?)",
                [.text(Self.likePattern(needle)), .integer(info.id), .integer(limit)])
        }.integer ?? 0)
    }

    /// Up to `likeSetLimit` matches of a LIKE filter (10,000 unless a test sets it), a window
    /// reads them from their rowids (one scan of `search`); more, and they are dense enough
    /// that testing rows in the window's order stops early.
    func setLikeSetLimit(_ limit: Int) {
        likeSetLimit = max(0, limit)
    }

    /// The rowids of up to `atMost` records of the collection whose search text matches, in
    /// one sequential scan of `search` — or none: the last filter's matches when nothing was
    /// written since, narrowed when this filter contains that one (typing one more letter).
    func likeRowids(_ info: CollectionInfo, needle: String, atMost: Int) throws(SQLiteError) -> [Int64] {
        let stamp = try db.changeStamp()
        let pattern = SQLiteValue.text(Self.likePattern(needle))
        var out: [Int64] = []
        // Byte-wise containment (`.literal`), as LIKE compares: every text holding `needle`
        // holds the cached needle, so the new matches are among the cached ones.
        if let cached = likeMatches, cached.collection == info.id, cached.stamp == stamp,
           needle.range(of: cached.needle, options: .literal) != nil {
            if cached.needle == needle || cached.rowids.isEmpty { return Array(cached.rowids.prefix(atMost)) }
            let ids = SQLiteValue.text("[" + cached.rowids.map(String.init).joined(separator: ",") + "]")
            try db.forEachRow(
                "SELECT s.rowid FROM search s WHERE s.rowid IN (SELECT value FROM json_each(?)) AND s.text LIKE ? ESCAPE '\\' ORDER BY s.rowid LIMIT ?",
                [ids, pattern, .integer(Int64(atMost))]) { row throws(SQLiteError) in
                    if let id = row[0].integer { out.append(id) }
                }
        } else {
            try db.forEachRow(
                "SELECT s.rowid FROM search s CROSS JOIN records r ON r.rowid=s.rowid WHERE s.text LIKE ? ESCAPE '\\' AND r.collection=? LIMIT ?",
                [pattern, .integer(info.id), .integer(Int64(atMost))]) { row throws(SQLiteError) in
                    if let id = row[0].integer { out.append(id) }
                }
        }
        // Only a complete set is worth keeping (fewer than asked for: every match).
        likeMatches = out.count < atMost ? LikeMatches(collection: info.id, needle: needle, rowids: out, stamp: stamp) : nil
        return out
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
