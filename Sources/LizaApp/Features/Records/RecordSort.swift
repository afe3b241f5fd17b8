import Foundation

/// Client-side sort of the loaded records by one column, then (ties) by a second one.
struct RecordSort: Hashable, Sendable {
    var column: String
    var ascending: Bool
    /// The second key, for rows whose first key is equal (`b`/`B`).
    var then: Key?

    /// One column and its direction.
    struct Key: Hashable, Sendable {
        var column: String
        var ascending: Bool
    }

    init(column: String, ascending: Bool = true, then: Key? = nil) {
        self.column = column
        self.ascending = ascending
        self.then = then
    }

    /// How two rows' cells order under this sort: negative, zero (a tie: the caller keeps
    /// server order) or positive. Each key compares naturally (`NaturalOrder`), empty last.
    func compare(_ a: [String: String], _ b: [String: String]) -> Int {
        let first = NaturalOrder.compare(a[column] ?? "", b[column] ?? "")
        if first != 0 { return ascending ? first : -first }
        guard let then else { return 0 }
        let second = NaturalOrder.compare(a[then.column] ?? "", b[then.column] ?? "")
        return then.ascending ? second : -second
    }

    /// "name ▲, then id ▼" (the toolbar and notices).
    var label: String {
        var s = "\(column) \(ascending ? "▲" : "▼")"
        if let then { s += ", then \(then.column) \(then.ascending ? "▲" : "▼")" }
        return s
    }
}
