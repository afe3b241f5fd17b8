import CSQLite

/// One prepared statement, reused (reset, re-bound) by `SQLiteConnection`.
final class SQLiteStatement {
    private var stmt: OpaquePointer?
    private let database: OpaquePointer
    let sql: String

    init(_ stmt: OpaquePointer, database: OpaquePointer, sql: String) {
        self.stmt = stmt
        self.database = database
        self.sql = sql
    }

    func finalize() {
        if let stmt { sqlite3_finalize(stmt) }
        stmt = nil
    }

    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        guard let stmt else { return }
        sqlite3_clear_bindings(stmt)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(stmt, index)
            case .integer(let n): rc = sqlite3_bind_int64(stmt, index, n)
            case .real(let d): rc = sqlite3_bind_double(stmt, index, d)
            case .text(let s):
                var text = s
                rc = text.withUTF8 { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { chars in
                        // An empty buffer may have no address: bind "" then.
                        guard let base = chars.baseAddress else { return csqlite_bind_text(stmt, index, "", 0) }
                        return csqlite_bind_text(stmt, index, base, Int32(clamping: chars.count))
                    }
                }
            }
            guard rc == SQLITE_OK else { throw failure(rc, "bind parameter \(index) of") }
        }
    }

    /// Advances; true when a row is available.
    func step() throws(SQLiteError) -> Bool {
        guard let stmt else { return false }
        let rc = sqlite3_step(stmt)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw failure(rc, "run")
        }
    }

    func reset() {
        if let stmt { sqlite3_reset(stmt) }
    }

    func row() -> [SQLiteValue] {
        guard let stmt else { return [] }
        let count = sqlite3_column_count(stmt)
        return (0..<count).map(column)
    }

    func column(_ index: Int32) -> SQLiteValue {
        guard let stmt else { return .null }
        switch sqlite3_column_type(stmt, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(stmt, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(stmt, index))
        case SQLITE_NULL: return .null
        default:
            guard let bytes = sqlite3_column_text(stmt, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(stmt, index))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    private func failure(_ rc: Int32, _ what: String) -> SQLiteError {
        SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(database)), context: "\(what) \(sql.prefix(80))")
    }
}
