import OrderedJSON

/// Shorthands for building `JSONValue` trees in the generators and routes.
enum JSONBuild {
    static func string(_ v: String) -> JSONValue { .string(v) }
    static func string(_ v: String?) -> JSONValue { v.map { .string($0) } ?? .null }
    static func int(_ v: Int) -> JSONValue { .int(v) }
    static func int(_ v: Int64) -> JSONValue { .number(String(v)) }
    static func bool(_ v: Bool) -> JSONValue { .bool(v) }
    /// A money-like amount with at most two decimals, printed without trailing zeros noise.
    static func money(_ cents: Int) -> JSONValue {
        if cents % 100 == 0 { return .int(cents / 100) }
        let sign = cents < 0 ? "-" : ""
        let a = abs(cents)
        let frac = a % 100
        return .number("\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)")
    }
    static func strings(_ v: [String]) -> JSONValue { .array(v.map { .string($0) }) }
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(pairs.map { (key: $0.0, value: $0.1) }) }
}

extension JSONValue {
    /// The same object with `key` set (replaced in place, or appended).
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var pairs) = self else { return self }
        if let k = pairs.firstIndex(where: { $0.key == key }) { pairs[k].value = value } else { pairs.append((key, value)) }
        return .object(pairs)
    }
}
