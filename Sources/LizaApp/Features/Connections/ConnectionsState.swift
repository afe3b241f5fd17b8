import Foundation
import TUIKit
import LizaAPI

/// The Connections pane: the connections of this account, pending ones included.
struct ConnectionsState: Hashable, Sendable {
    var items: [Connection] = []
    var load: LoadState = .idle
    var cursor = ListCursor()
    var filter = TextFieldState()
    var isFiltering = false
    /// A delete in flight (its generation), to show a spinner and drop late answers.
    var deleting: LoadState = .idle

    init() {}

    var visible: [Int] {
        let q = filter.text.lowercased()
        guard !q.isEmpty else { return Array(items.indices) }
        return items.indices.filter { i in
            let c = items[i]
            return c.integrationType.lowercased().contains(q) || c.id.lowercased().contains(q)
                || (c.integrationName ?? "").lowercased().contains(q)
                || c.categories.contains { $0.rawValue.contains(q) } || (c.status ?? "").lowercased().contains(q)
        }
    }

    var selected: Connection? {
        let v = visible
        guard v.indices.contains(cursor.index) else { return nil }
        return items[v[cursor.index]]
    }

    /// The connection with `id` (exact), or the only one whose id starts with it.
    func find(_ idOrPrefix: String) -> Connection? {
        if let c = items.first(where: { $0.id == idOrPrefix }) { return c }
        let matches = items.filter { $0.id.hasPrefix(idOrPrefix) || $0.integrationType == idOrPrefix }
        return matches.count == 1 ? matches[0] : nil
    }
}
