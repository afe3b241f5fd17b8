/// A JSON value that keeps object keys in the order they arrived.
///
/// Records from third-party systems vary in shape by provider, so the client keeps them as
/// values rather than decoding into fixed structs; key order is kept so that `id`, `name`, …
/// stay where the provider put them. Numbers keep their source text so nothing is rounded.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number's literal text as it appeared (or was produced), e.g. `"12.50"`.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Key/value pairs in order. Duplicate keys are kept as they came.
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(1); h.combine(b)
        case .number(let n): h.combine(2); h.combine(n)
        case .string(let s): h.combine(3); h.combine(s)
        case .array(let a): h.combine(4); h.combine(a)
        case .object(let o): h.combine(5); for (k, v) in o { h.combine(k); h.combine(v) }
        }
    }

    /// A number from an integer.
    public static func int(_ i: Int) -> JSONValue { .number(String(i)) }
    /// A number from a double (integral values print without a fraction).
    public static func double(_ d: Double) -> JSONValue {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return .number(String(Int(d))) }
        return .number(String(d))
    }

    /// The value for `key` when this is an object (first match).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first(where: { $0.key == key })?.value
    }

    /// The element at `index` when this is an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let a) = self, a.indices.contains(index) else { return nil }
        return a[index]
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var doubleValue: Double? { if case .number(let n) = self { return Double(n) } else { return nil } }
    public var intValue: Int? {
        if case .number(let n) = self { return Int(n) ?? Double(n).flatMap { $0.isFinite ? Int(exactly: $0.rounded(.towardZero)) : nil } }
        return nil
    }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var objectValue: [(key: String, value: JSONValue)]? { if case .object(let o) = self { return o } else { return nil } }
    public var isNull: Bool { if case .null = self { return true } else { return false } }
}
