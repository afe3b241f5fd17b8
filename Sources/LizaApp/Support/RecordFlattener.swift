import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// Flattens a record into `path → display text` pairs for table cells.
///
/// Nested objects become dotted paths (`address.city`); arrays of objects show their first
/// element (`emails[0].email`); arrays of scalars are joined; timestamps are shown compactly.
enum RecordFlattener {
    /// Deepest nesting that gets its own column; deeper values are shown as compact JSON.
    static let maxDepth = 3

    /// The flattened cells of `record`, in the record's key order.
    static func flatten(_ record: JSONValue) -> [(path: String, text: String)] {
        var out: [(path: String, text: String)] = []
        if case .object = record {
            walk(record, prefix: "", depth: 0, into: &out)
        } else {
            out.append((path: "value", text: display(record)))
        }
        return out
    }

    private static func walk(_ value: JSONValue, prefix: String, depth: Int, into out: inout [(path: String, text: String)]) {
        switch value {
        case .object(let pairs):
            if depth > maxDepth { out.append((path: prefix, text: value.serialized())); return }
            for pair in pairs {
                let path = prefix.isEmpty ? pair.key : prefix + "." + pair.key
                walk(pair.value, prefix: path, depth: depth + 1, into: &out)
            }
        case .array(let items):
            if items.isEmpty { return }
            if items.allSatisfy(isScalar) {
                out.append((path: prefix, text: items.map(display).joined(separator: ", ")))
            } else if depth > maxDepth {
                out.append((path: prefix, text: value.serialized()))
            } else if let first = items.first {
                walk(first, prefix: prefix + "[0]", depth: depth + 1, into: &out)
            }
        default:
            out.append((path: prefix, text: display(value)))
        }
    }

    static func isScalar(_ v: JSONValue) -> Bool {
        switch v {
        case .array, .object: return false
        default: return true
        }
    }

    /// Text of a scalar for a table cell: compact dates, no quotes, line breaks as spaces.
    static func display(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s):
            if let d = CompactDate.format(s) { return d }
            return s.contains("\n") || s.contains("\r") || s.contains("\t")
                ? s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ") : s
        case .array, .object: return value.serialized()
        }
    }
}
