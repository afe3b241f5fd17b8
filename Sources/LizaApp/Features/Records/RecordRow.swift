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

    /// The record's id when it has one (for titles).
    var id: String? { cells["id"] }
}

/// The `/` filter matches the text of any cell.
extension RecordRow: ListItem {
    func matches(_ filter: String) -> Bool { haystack.contains(filter) }
}
