import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// A loaded record with its flattened cells, computed once when the page arrives so that
/// filtering, sorting and drawing never re-walk the JSON.
struct RecordRow: Hashable, Sendable {
    var value: JSONValue
    /// Flattened path → display text.
    var cells: [String: String]
    /// The paths in the record's own order (for choosing columns).
    var paths: [String]
    /// Lowercased text of every cell, for the `/` filter.
    var haystack: String
    /// What the last sync of the record store did to it (always `.none` in memory).
    var change: StoreChange = .none
    /// The store's id of the record (its `id`, or `#position`), for a diff.
    var storeID: String?

    init(_ value: JSONValue) {
        self.value = value
        let flat = RecordFlattener.flatten(value)
        var cells: [String: String] = [:]
        var paths: [String] = []
        for (path, text) in flat where cells[path] == nil {
            cells[path] = text
            paths.append(path)
        }
        self.cells = cells
        self.paths = paths
        self.haystack = flat.map(\.text).joined(separator: "\u{1F}").lowercased()
    }

    /// A row read from the record store.
    init(_ stored: StoreRow) {
        self.init(stored.value)
        change = stored.change
        storeID = stored.id
    }

    /// The record's id when it has one (for titles).
    var id: String? { cells["id"] }
}

/// The `/` filter matches the text of any cell.
extension RecordRow: ListItem {
    func matches(_ filter: String) -> Bool { haystack.contains(filter) }
}
