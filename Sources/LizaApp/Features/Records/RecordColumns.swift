import Foundation
import TUIKit
import LizaAPI
/// Chooses the table columns from the data: the usual identifying fields first (id, name,
/// email, subject, status, amount …), then the rest in the order the records use, timestamps last.
enum RecordColumns {
    /// Paths that come first, in this order, when present.
    static let priority: [String] = [
        "id", "name", "email", "emails[0].email", "subject", "status", "amount", "total_amount", "currency", "stage",
        "priority", "title", "company", "company_name", "telephones[0].telephone", "type", "start_at", "end_at",
        "mime_type", "size",
    ]
    /// Paths that go last.
    static let trailing: [String] = ["created_at", "updated_at"]
    /// How many records are inspected (columns stay stable while more pages arrive).
    static let sample = 100

    /// The column paths for `rows`: non-empty paths of the first records, ordered as above.
    static func choose(_ rows: [RecordRow]) -> [String] {
        var seen: [String: Int] = [:]
        var order: [String] = []
        for row in rows.prefix(sample) {
            for path in row.paths where !(row.cells[path] ?? "").isEmpty {
                if seen[path] == nil { seen[path] = order.count; order.append(path) }
            }
        }
        func rank(_ path: String) -> (Int, Int) {
            if let p = priority.firstIndex(of: path) { return (0, p) }
            if let t = trailing.firstIndex(of: path) { return (2, t) }
            return (1, seen[path] ?? 0)
        }
        return order.sorted { rank($0) < rank($1) }
    }

    /// The header label of a path (the path itself; it is what `/` and sorting refer to).
    static func label(_ path: String) -> String { path }
}
