/// A SQLite call failed: its result code and SQLite's message (which never contains bound
/// values: every value reaches SQL as a parameter).
public struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The (extended) result code, e.g. 5 for SQLITE_BUSY.
    public var code: Int32
    /// SQLite's message, e.g. "database is locked".
    public var message: String
    /// What liza was doing, e.g. "open /home/u/.cache/liza/records-default.sqlite".
    public var context: String

    public init(code: Int32, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// A read stopped because its task was cancelled (a newer window superseded it): not a
    /// failure to show, the answer is stale anyway.
    public var isCancellation: Bool { code & 0xff == 9 }  // SQLITE_INTERRUPT

    public var description: String { "record store: could not \(context): \(message) (SQLite \(code))" }
}
