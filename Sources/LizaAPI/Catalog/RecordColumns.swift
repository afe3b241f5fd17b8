import OrderedJSON

/// Which fields of provider records become table columns, in what order, and how a value reads in
/// a cell — one policy for the TUI's Records pane and the CLI's `liza records` table.
///
/// Records vary by provider and object type, so columns come from the data: the identifying fields
/// first (id, name, email, subject, status, amount …), then the rest in the order the records use
/// them, timestamps last. The CLI picks a handful of top-level fields on a terminal (every field for
/// scripts); the TUI orders the flattened paths of its rows (`emails[0].email`) the same way.
public enum RecordColumns {
    /// Fields (top-level keys, or the flattened paths the TUI shows for them) that identify a record,
    /// in the order they should appear.
    public static let preferred = [
        "id", "name", "email", "emails", "emails[0].email", "subject", "message", "status", "amount", "total_amount",
        "currency", "stage", "priority", "title", "company", "company_name", "telephones", "telephones[0].telephone", "type",
        "start_at", "end_at", "due_at", "mime_type", "size",
    ]
    /// Fields that go last.
    public static let trailing = ["created_at", "updated_at"]
    /// Fields not worth a column on a terminal.
    public static let skipped: Set<String> = ["raw", "metadata"]

    /// `fields` in column order: the preferred ones first (in `preferred` order), timestamps last,
    /// the rest in between in the order given.
    public static func ordered(_ fields: [String]) -> [String] {
        var position: [String: Int] = [:]
        for (i, field) in fields.enumerated() where position[field] == nil { position[field] = i }
        func rank(_ field: String) -> (Int, Int) {
            if let p = preferred.firstIndex(of: field) { return (0, p) }
            if let t = trailing.firstIndex(of: field) { return (2, t) }
            return (1, position[field] ?? 0)
        }
        return position.keys.sorted { rank($0) < rank($1) }
    }

    /// Every top-level key, in order of first appearance across `records`.
    public static func allKeys(_ records: [JSONValue]) -> [String] {
        var seen = Set<String>()
        var keys: [String] = []
        for record in records {
            for (key, _) in record.objectValue ?? [] where seen.insert(key).inserted {
                keys.append(key)
            }
        }
        return keys
    }

    /// Up to `limit` columns for a terminal table.
    public static func terminalColumns(_ records: [JSONValue], limit: Int = 6) -> [String] {
        let keys = allKeys(records).filter { key in
            !skipped.contains(key) && records.contains { record in !(record[key].map(isBlank) ?? true) }
        }
        let keySet = Set(keys)
        // When there is both `emails` and `email`, one is enough.
        // and a full `name` makes first_name/last_name redundant.
        var dropped: Set<String> = keySet.contains("emails") ? ["email"] : []
        if keySet.contains("name") { dropped.formUnion(["first_name", "last_name"]) }
        let ordered = Self.ordered(keys.filter { !dropped.contains($0) }).filter { !trailing.contains($0) }
        // The last-updated time is the most useful timestamp; created_at only when it is alone.
        if let stamp = trailing.reversed().first(where: { keySet.contains($0) }) {
            return Array(ordered.prefix(max(1, limit - 1))) + [stamp]
        }
        return Array(ordered.prefix(limit))
    }

    /// A short, one-line rendering of a value for a table cell (not yet sanitized).
    public static func cell(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return s
        case .array(let items):
            guard let first = items.first else { return "" }
            let head = summary(first)
            return items.count > 1 ? "\(head) (+\(items.count - 1))" : head
        case .object:
            return summary(value)
        }
    }

    /// A full rendering for tab-separated output: scalars as text, nested values as compact JSON.
    public static func scriptCell(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .array, .object: return value.serialized()
        default: return cell(value)
        }
    }

    /// The most telling part of a nested value: an email, phone, name, or compact JSON.
    private static func summary(_ value: JSONValue) -> String {
        if case .object = value {
            for key in ["email", "telephone", "name", "title", "url", "id", "value"] {
                if let inner = value[key], case .string(let s) = inner { return s }
            }
            return value.serialized()
        }
        if case .array = value { return value.serialized() }
        return cell(value)
    }

    private static func isBlank(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return false
        }
    }
}
