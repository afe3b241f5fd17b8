import OrderedJSON

/// A record flattened into `path → text` cells, the way the TUI's table shows it (see LizaApp's
/// `RecordFlattener`): nested objects become dotted paths (`address.city`), arrays of objects
/// show their first element (`emails[0].email`), arrays of scalars are joined with ", ", deeper
/// values are compact JSON. Text is the raw value (timestamps stay ISO 8601, which sorts), with
/// line breaks and tabs turned into spaces, so a cell is one line in CSV and TSV too.
public enum RecordCells {
    /// Deepest nesting that gets its own path; deeper values are compact JSON.
    public static let maxDepth = 3

    /// The cells of `record`, in the record's key order (a non-object is one `value` cell).
    public static func flatten(_ record: JSONValue) -> [(path: String, value: JSONValue)] {
        var out: [(path: String, value: JSONValue)] = []
        if case .object = record {
            walk(record, prefix: "", depth: 0, into: &out)
        } else {
            out.append((path: "value", value: record))
        }
        return out
    }

    /// The display texts of `paths` in `record`, in that order (`""` for a path it lacks): what a
    /// store row needs, without making the text of every other cell.
    public static func texts(_ record: JSONValue, paths: [String]) -> [String] {
        let cells = flatten(record)
        return paths.map { path in cells.first { $0.path == path }.map { text($0.value) } ?? "" }
    }

    /// `flatten` as a dictionary of display texts.
    public static func texts(_ record: JSONValue) -> [String: String] {
        var cells: [String: String] = [:]
        for cell in flatten(record) where cells[cell.path] == nil { cells[cell.path] = text(cell.value) }
        return cells
    }

    private static func walk(_ value: JSONValue, prefix: String, depth: Int, into out: inout [(path: String, value: JSONValue)]) {
        switch value {
        case .object(let pairs):
            if depth > maxDepth { out.append((path: prefix, value: value)); return }
            for pair in pairs {
                walk(pair.value, prefix: prefix.isEmpty ? pair.key : prefix + "." + pair.key, depth: depth + 1, into: &out)
            }
        case .array(let items):
            if items.isEmpty { return }
            if items.allSatisfy(isScalar) || depth > maxDepth {
                out.append((path: prefix, value: value))
            } else if let first = items.first {
                walk(first, prefix: prefix + "[0]", depth: depth + 1, into: &out)
            }
        default:
            out.append((path: prefix, value: value))
        }
    }

    static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    /// The one-line text of a cell value: no quotes, scalars of an array joined with ", ",
    /// deeper values as compact JSON, line breaks and tabs as spaces.
    public static func text(_ value: JSONValue) -> String {
        let raw: String
        switch value {
        case .null: raw = ""
        case .bool(let b): raw = b ? "true" : "false"
        case .number(let n): raw = n
        case .string(let s): raw = s
        case .array(let items) where items.allSatisfy(isScalar): raw = items.map(text).joined(separator: ", ")
        case .array, .object: raw = value.serialized()
        }
        // A byte scan: walking Characters (grapheme breaking) cost more than the rest of a cell.
        guard raw.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return raw }
        return raw.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " ")
    }
}
