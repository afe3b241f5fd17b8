import Foundation
import LizaAPI
import OrderedJSON
#if canImport(Glibc)
import Glibc
#endif

/// Records kept in SQLite, one database per profile, read by windows so memory does not grow
/// with the row count.
///
/// An actor: every SQLite call runs on it, off the caller's thread (the TUI's update loop, a
/// command's printing), one at a time. A page is written in one transaction. Every value
/// reaches SQL as a bound parameter; column names in SQL text are the store's own (`k0`…),
/// never a record's path.
public actor RecordStore {
    let db: SQLiteConnection
    /// Whether filtering uses the FTS5 trigram index (else LIKE).
    public nonisolated let fullTextSearch: Bool
    /// The database file, or nil for a temporary one (deleted when the store closes).
    public nonisolated let file: String?
    var collections: [RecordCollectionKey: CollectionInfo] = [:]
    var pending: [RecordCollectionKey: PendingSync] = [:]
    var sortIndexes: Set<Int> = []
    /// Sort indexes a window read did without, built right after it answered.
    var deferredSortIndexes: Set<Int> = []
    /// Whether the FTS5 index misses rows (a first load writes without it and it is rebuilt
    /// once afterwards): filters use LIKE until `prepareSearch` (or the first filter) rebuilds it.
    var searchStale = false
    /// Up to this many matches, a LIKE filter's window is read from the matches' rowids
    /// (`setLikeSetLimit`, `rows`).
    var likeSetLimit = 10_000
    /// The last short filter's matches when there were up to `likeSetLimit`: the next window of
    /// it reads no scan, and a longer filter containing it (the next keystroke) tests only them.
    var likeMatches: LikeMatches?
    /// `summaries()` as of a `SQLiteConnection.changeStamp()`.
    var keptSummaries: (stamp: [Int64], value: [CollectionSummary])?

    struct LikeMatches {
        var collection: Int64
        var needle: String
        var rowids: [Int64]
        /// `SQLiteConnection.changeStamp()` when they were found: any write since voids them.
        var stamp: [Int64]
    }
    /// Row counts by collection and filter, dropped by every write.
    var counts: [CountKey: Int] = [:]
    /// Bumped by every write: a background index build that sees it move starts over later.
    var writes = 0
    /// Whether `buildSearchIndex` is between two of its chunks.
    var buildingSearch = false

    struct CountKey: Hashable {
        var collection: Int64
        var filter: String
    }

    struct CollectionInfo {
        var id: Int64
        var columns: [String]
        var generation: Int64
        var fullSyncedAt: Double?
    }

    struct PendingSync {
        var generation: Int64
        var full: Bool
        var marksChanges: Bool
        var nextPosition: Int64
    }

    /// Opens (creating) a store in `file`, or a temporary one when `file` is nil. A file is
    /// created mode 0600 before SQLite opens it (SQLite gives its `-wal`/`-shm` files the same
    /// mode), and an existing one with a wider mode is made 0600. `fullText: false` turns the
    /// FTS5 index off (it is also off when the SQLite lacks FTS5's trigram tokenizer).
    public init(file: String?, fullText: Bool = true) throws(SQLiteError) {
        if let file { try Self.createPrivateFile(file) }
        let db = try SQLiteConnection(path: file ?? "")
        self.db = db
        self.file = file
        if file != nil {
            try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        } else {
            try db.execute("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;")
        }
        // A bounded page cache (~16 MB): memory stays flat however many rows are stored.
        try db.execute("PRAGMA cache_size=-16000; PRAGMA temp_store=FILE;")
        let stored = try? db.scalar("SELECT value FROM meta WHERE key='schema'").text
        if let stored, stored != StoreSchema.version {
            // A cache of an older layout is rebuilt, not migrated.
            try db.execute(StoreSchema.dropAll)
        }
        try db.execute(StoreSchema.tables)
        var fts = false
        var stale = false
        if fullText, db.supportsTrigramFTS() {
            try db.execute(StoreSchema.fullTextTable)
            // An index left stale (a first load that ended, or was cut short) keeps its triggers
            // off until it is rebuilt: rebuilding covers every row anyway.
            stale = (try? db.scalar("SELECT value FROM meta WHERE key='fts_stale'").text) == "1"
            if !stale { try db.execute(StoreSchema.fullTextTriggers) }
            fts = true
        } else {
            // Without the index, writes do not keep it: should a later open have FTS5 again,
            // it must rebuild the index rather than trust one that misses rows.
            try db.execute(StoreSchema.dropFullTextTriggers + " DROP TABLE IF EXISTS search_fts;")
            try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_stale', '1')")
        }
        fullTextSearch = fts
        searchStale = stale
        // A window of a short filter's few matches is read from their rowids through
        // `json_each` (built into SQLite since 3.38); without it, rows are tested one by one.
        if (try? db.scalar("SELECT count(*) FROM json_each('[1]')")) == nil { likeSetLimit = 0 }
        try db.query("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", [.text(StoreSchema.version)])
    }

    /// What every write does first: counts are stale, and so is a background index build.
    func didWrite() {
        counts = [:]
        writes &+= 1
    }

    /// Closes the database (a temporary one is deleted by SQLite now).
    public func close() {
        db.close()
    }

    /// Creates `path` mode 0600 (its folder 0700) when missing; makes an existing file 0600.
    static func createPrivateFile(_ path: String) throws(SQLiteError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try PrivateFile.makeDirectory(folder)
        } catch {
            throw SQLiteError(code: 14, message: error.description, context: "create \(folder)")
        }
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw SQLiteError(code: 14, message: String(cString: strerror(errno)), context: "create \(path)")
        }
        defer { Glibc.close(fd) }
        guard fchmod(fd, 0o600) == 0 else {
            throw SQLiteError(code: 14, message: String(cString: strerror(errno)), context: "make \(path) private")
        }
    }

    // MARK: Collections

    /// The collection's row, created when missing.
    func collection(_ key: RecordCollectionKey, create: Bool) throws(SQLiteError) -> CollectionInfo? {
        if let known = collections[key] { return known }
        let params: [SQLiteValue] = [.text(key.connectionID), .text(key.category), .text(key.objectType)]
        var rows = try db.query("SELECT id, columns, generation, full_synced_at FROM collections WHERE connection=? AND category=? AND object=?", params)
        if rows.isEmpty {
            guard create else { return nil }
            try db.query("INSERT INTO collections(connection, category, object) VALUES (?, ?, ?)", params)
            rows = try db.query("SELECT id, columns, generation, full_synced_at FROM collections WHERE connection=? AND category=? AND object=?", params)
        }
        guard let row = rows.first, let id = row[0].integer else { return nil }
        let columns = (row[1].text.flatMap { try? JSONValue.parse($0).arrayValue } ?? []).compactMap(\.stringValue)
        let info = CollectionInfo(id: id, columns: columns, generation: row[2].integer ?? 0, fullSyncedAt: row[3].real)
        collections[key] = info
        return info
    }

    /// The column paths of a collection (the sortable ones), empty before its first page.
    public func columns(of key: RecordCollectionKey) throws(SQLiteError) -> [String] {
        try collection(key, create: false)?.columns ?? []
    }
}
