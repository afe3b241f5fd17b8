import Foundation
import OrderedJSON

/// Tolerant field access for API objects whose exact spelling is undocumented.
extension JSONValue {
    /// The non-null value for a snake_case `key`, or for its camelCase twin (`connection_id` →
    /// `connectionId`), since the Liza layer's casing is not documented.
    func field(_ key: String) -> JSONValue? {
        if let value = self[key], !value.isNull { return value }
        let camel = Self.camelCase(key)
        if camel != key, let value = self[camel], !value.isNull { return value }
        return nil
    }

    /// The first of `keys` that is present (see `field(_:)`).
    func field(anyOf keys: [String]) -> JSONValue? {
        for key in keys {
            if let value = field(key) { return value }
        }
        return nil
    }

    /// A string field; numbers and booleans are accepted as their literal text.
    func text(_ key: String) -> String? {
        field(key)?.scalarText
    }

    /// A boolean field; `"true"`/`"false"` strings and 0/1 are accepted too.
    func flag(_ key: String) -> Bool? {
        switch field(key) {
        case .bool(let b)?: return b
        case .string(let s)?:
            switch s.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: return nil
            }
        case .number(let n)?: return n == "0" ? false : (n == "1" ? true : nil)
        default: return nil
        }
    }

    /// An integer field; numeric strings are accepted too.
    func integer(_ key: String) -> Int? {
        switch field(key) {
        case .number?: return field(key)?.intValue
        case .string(let s)?: return Int(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// Strings and numbers (ids may be either), booleans as `true`/`false`; nil otherwise.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// `an object`, `an array`, … for messages.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The object's keys, for messages such as "got an object with keys a, b".
    var keyList: String {
        guard let pairs = objectValue else { return "" }
        let keys = pairs.prefix(8).map(\.key).joined(separator: ", ")
        return pairs.count > 8 ? keys + ", …" : keys
    }

    static func camelCase(_ key: String) -> String {
        var out = ""
        var upper = false
        for ch in key {
            if ch == "_" {
                upper = true
            } else {
                out += upper ? ch.uppercased() : String(ch)
                upper = false
            }
        }
        return out
    }
}
