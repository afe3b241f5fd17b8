import OrderedJSON

/// Which flattened paths become the table's columns, chosen from the data the way the TUI's
/// records table does (LizaApp's `RecordColumns.choose`): the usual identifying fields first
/// (id, name, email, subject, status, amount …), then the rest in the order the records use
/// them, timestamps last. Only paths with a non-empty value in the sample count.
public enum RecordColumnChoice {
    /// Paths that come first, in this order, when present.
    public static let priority: [String] = [
        "id", "name", "email", "emails[0].email", "subject", "status", "amount", "total_amount", "currency", "stage",
        "priority", "title", "company", "company_name", "telephones[0].telephone", "type", "start_at", "end_at",
        "mime_type", "size",
    ]
    /// Paths that go last.
    public static let trailing: [String] = ["created_at", "updated_at"]
    /// How many records are inspected (columns stay stable while more pages arrive).
    public static let sample = 100

    /// The column paths for `records`, ordered as above.
    public static func choose(_ records: [JSONValue]) -> [String] {
        var seen: [String: Int] = [:]
        var order: [String] = []
        for record in records.prefix(sample) {
            for cell in RecordCells.flatten(record) where !RecordCells.text(cell.value).isEmpty {
                if seen[cell.path] == nil { seen[cell.path] = order.count; order.append(cell.path) }
            }
        }
        func rank(_ path: String) -> (Int, Int) {
            if let p = priority.firstIndex(of: path) { return (0, p) }
            if let t = trailing.firstIndex(of: path) { return (2, t) }
            return (1, seen[path] ?? 0)
        }
        return order.sorted { rank($0) < rank($1) }
    }
}
