/// A value bound to a statement parameter or read from a result column.
public enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The text of a `.text`, nil otherwise.
    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The integer of an `.integer`, nil otherwise.
    public var integer: Int64? {
        if case .integer(let n) = self { return n }
        return nil
    }

    /// A real, or an integer as a real.
    public var real: Double? {
        switch self {
        case .real(let d): return d
        case .integer(let n): return Double(n)
        default: return nil
        }
    }
}
