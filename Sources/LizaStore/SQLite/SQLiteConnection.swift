import CSQLite

/// A thin owner of one `sqlite3*` handle: open, run statements with bound parameters, read rows.
///
/// Not `Sendable`: one `RecordStore` actor owns it, so every call runs on that actor and SQLite
/// is used from one thread at a time (the library is built thread-safe anyway). Statements are
/// cached by their SQL text; every value is bound as a parameter, never spliced into the text.
///
/// Why not GRDB.swift: the store needs a dozen statements, FTS5 and one connection owned by an
/// actor; GRDB would add a large dependency to every clean build and its own queue/pool model on top of
/// the actor, for records, migrations and observation the store does not use.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]
    let path: String

    /// Opens (creating when missing) the database at `path`; `""` opens a private temporary
    /// database that SQLite deletes when it is closed (it unlinks the file right after creating it).
    init(path: String) throws(SQLiteError) {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message, context: "open \(path.isEmpty ? "a temporary database" : path)")
        }
        handle = db
        // A second liza on the same cache waits for a writer instead of failing at once.
        sqlite3_busy_timeout(db, 5_000)
    }

    deinit { close() }

    /// Finalizes every statement and closes the handle (idempotent).
    func close() {
        for statement in statements.values { statement.finalize() }
        statements = [:]
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Runs SQL text without parameters (schema, pragmas); several statements allowed.
    func execute(_ sql: String) throws(SQLiteError) {
        guard let handle else { throw closedError }
        var errorText: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorText)
        if rc != SQLITE_OK {
            let message = errorText.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorText)
            throw SQLiteError(code: rc, message: message, context: "run \(sql.prefix(60))")
        }
    }

    /// Runs one statement with `parameters` and returns every row.
    @discardableResult
    func query(_ sql: String, _ parameters: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        var rows: [[SQLiteValue]] = []
        try forEachRow(sql, parameters) { row in rows.append(row) }
        return rows
    }

    /// Runs one statement with `parameters`, handing each row to `body` (no array of rows).
    func forEachRow(_ sql: String, _ parameters: [SQLiteValue], _ body: ([SQLiteValue]) throws(SQLiteError) -> Void) throws(SQLiteError) {
        let statement = try prepared(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        while try statement.step() {
            try body(statement.row())
        }
    }

    /// The first column of the first row, or `.null`.
    func scalar(_ sql: String, _ parameters: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue {
        let statement = try prepared(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        guard try statement.step() else { return .null }
        return statement.column(0)
    }

    /// Runs `body` in one transaction (`BEGIN IMMEDIATE`: a writer takes the lock up front),
    /// rolled back when it throws.
    func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs the reads in `body` so that they stop soon after the current task is cancelled:
    /// SQLite's progress handler, called every `progressInterval` VM steps, asks the task, and a
    /// statement it stops fails with SQLITE_INTERRUPT (`SQLiteError.isCancellation`). Only reads
    /// go through here: the handler is installed for `body` alone, so a write (a sync's page, an
    /// index build) on this connection is never cut short. Not `sqlite3_interrupt`, which would
    /// abort whatever runs on the connection. The handler asks the running task itself (the C
    /// callback runs synchronously on the task's thread, inside `sqlite3_step`), which is the
    /// per-read flag a cancellation handler would set, without one more allocation per read.
    func cancellableRead<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        guard let handle else { throw closedError }
        // Already cancelled: not even a first step (a read the index answers in a few steps
        // would not reach the handler).
        if Task.isCancelled { throw cancelledError }
        sqlite3_progress_handler(handle, Self.progressInterval, { _ in Task.isCancelled ? 1 : 0 }, nil)
        defer { sqlite3_progress_handler(handle, 0, nil, nil) }
        do {
            return try body()
        } catch where error.isCancellation {
            throw cancelledError
        }
    }

    /// VM steps between two looks at the task: ~10–50 µs of work, so a cancelled read stops
    /// within a fraction of a millisecond while the looks cost nothing measurable.
    static let progressInterval: Int32 = 1_000

    private var cancelledError: SQLiteError {
        SQLiteError(code: SQLITE_INTERRUPT, message: "cancelled", context: "finish a read that was superseded")
    }

    /// Changes with every write to the database, by this connection (`sqlite3_total_changes64`)
    /// or by another one (`PRAGMA data_version`): what was read while it stays equal still holds.
    func changeStamp() throws(SQLiteError) -> [Int64] {
        guard let handle else { throw closedError }
        return [sqlite3_total_changes64(handle), try scalar("PRAGMA data_version").integer ?? 0]
    }

    /// The rowid of the last INSERT.
    var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    /// Whether this SQLite was built with FTS5 and its trigram tokenizer (3.34+).
    func supportsTrigramFTS() -> Bool {
        do {
            try execute("CREATE VIRTUAL TABLE temp.liza_fts_probe USING fts5(x, tokenize='trigram'); DROP TABLE temp.liza_fts_probe;")
            return true
        } catch {
            return false
        }
    }

    private func prepared(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        guard let handle else { throw closedError }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(handle)), context: "prepare \(sql.prefix(80))")
        }
        let statement = SQLiteStatement(stmt, database: handle, sql: sql)
        statements[sql] = statement
        return statement
    }

    private var closedError: SQLiteError { SQLiteError(code: SQLITE_MISUSE, message: "the database is closed", context: "use \(path)") }
}
