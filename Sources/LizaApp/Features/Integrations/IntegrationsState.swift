import Foundation
import TUIKit
import LizaAPI

/// The Integrations pane: what can be connected.
struct IntegrationsState: Hashable, Sendable {
    var items: [Integration] = []
    var load: LoadState = .idle
    var cursor = ListCursor()
    var filter = TextFieldState()
    /// True while `/` is typing into the filter.
    var isFiltering = false

    init() {}

    /// Indices of `items` that match the filter (name, type or a category), in order.
    var visible: [Int] {
        let q = filter.text.lowercased()
        guard !q.isEmpty else { return Array(items.indices) }
        return items.indices.filter { i in
            let it = items[i]
            return it.name.lowercased().contains(q) || it.type.lowercased().contains(q)
                || it.categories.contains { $0.rawValue.contains(q) || $0.label.lowercased().contains(q) }
        }
    }

    /// The integration under the cursor, if any.
    var selected: Integration? {
        let v = visible
        guard v.indices.contains(cursor.index) else { return nil }
        return items[v[cursor.index]]
    }
}
