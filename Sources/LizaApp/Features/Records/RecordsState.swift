import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Records pane: one connection's records of one category and object type.
struct RecordsState: Hashable, Sendable {
    /// The connection whose records are shown; nil until one is opened.
    var connection: Connection?
    var category: Category?
    var objectType: String = ""
    /// Server-side search (`s`).
    var query: String?
    /// Only records updated at or after this ISO 8601 time (`u`).
    var updatedSince: String?
    /// Records per request, 1…100.
    var pageSize: Int = 50

    var rows: [RecordRow] = []
    var columns: [String] = []
    /// Indices of `rows` after the filter and sort, in display order.
    var visible: [Int] = []
    var hasMore = false
    var total: Int?
    var load: LoadState = .idle
    var loadingAll: LoadAllProgress?

    var cursor = ListCursor()
    /// First column shown (←/→ scroll sideways).
    var columnOffset = 0
    var filter = TextFieldState()
    var isFiltering = false
    var sort: RecordSort?

    /// For lookups (enrichment): the fields asked and the one record returned.
    var lookupFields: [String: String] = [:]
    var lookupResult: JSONValue?

    init() {}

    /// The catalog entry for the current object type, if known.
    var objectInfo: ObjectType? {
        guard let category else { return nil }
        return ObjectCatalog.object(objectType, in: category)
    }

    /// True when the object type is a lookup (enrichment person/company), not a list.
    var isLookup: Bool { objectInfo?.kind == .lookup }

    /// The record under the cursor.
    var selected: RecordRow? {
        guard visible.indices.contains(cursor.index) else { return nil }
        return rows[visible[cursor.index]]
    }

    /// The query for the page at `offset` with the current settings (nil without a connection).
    func query(offset: Int) -> RecordQuery? {
        guard let connection, let category, !objectType.isEmpty else { return nil }
        return RecordQuery(connectionID: connection.id, category: category, objectType: objectType, limit: pageSize,
                           offset: offset, query: query, updatedSince: updatedSince)
    }

    /// Recomputes `visible` from the filter and sort.
    mutating func refreshVisible() {
        let q = filter.text.lowercased()
        var idx = q.isEmpty ? Array(rows.indices) : rows.indices.filter { rows[$0].haystack.contains(q) }
        if let sort {
            let col = sort.column
            idx.sort { a, b in
                let x = rows[a].cells[col] ?? "", y = rows[b].cells[col] ?? ""
                let c = RecordsState.compare(x, y)
                if c == 0 { return a < b }
                return sort.ascending ? c < 0 : c > 0
            }
        }
        visible = idx
    }

    /// Numbers compare as numbers, everything else as case-insensitive text; empty sorts last.
    static func compare(_ x: String, _ y: String) -> Int {
        if x.isEmpty != y.isEmpty { return x.isEmpty ? 1 : -1 }
        if let a = Double(x), let b = Double(y) { return a < b ? -1 : (a > b ? 1 : 0) }
        let a = x.lowercased(), b = y.lowercased()
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Clears loaded data (new object, new connection, new query).
    mutating func resetData() {
        rows = []; columns = []; visible = []; hasMore = false; total = nil
        cursor = ListCursor(); columnOffset = 0; loadingAll = nil; lookupResult = nil
    }

    /// "contact · 50 loaded · more available" style footer.
    func footer(keys: AppKeys) -> String {
        if isLookup { return lookupResult == nil ? "lookup" : "1 record" }
        let n = rows.count
        var s: String
        if let p = loadingAll {
            s = "loading all: \(p.loaded)" + (p.total.map { " of \($0)" } ?? "") + " · \(keys.key(.back, in: .global)) cancels"
        } else if hasMore {
            s = "\(n) loaded · more available"
        } else if load == .loaded || n > 0 {
            s = "all \(n) loaded"
        } else {
            s = ""
        }
        if !filter.isEmpty { s = "\(visible.count) match · " + s }
        return s
    }
}
