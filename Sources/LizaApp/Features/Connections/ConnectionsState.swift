import Foundation
import TUIKit
import LizaAPI

/// The Connections pane: the connections of this account, pending ones included.
struct ConnectionsState: Hashable, Sendable {
    /// The rows, their load, selection and filter.
    var list = ListPane(ItemList<Connection>())
    /// A delete in flight (its generation), to show a spinner and drop late answers.
    var deleting: LoadState = .idle

    init() {}

    var items: [Connection] { list.source.items }
    var load: LoadState {
        get { list.load }
        set { list.load = newValue }
    }
    /// The connection under the cursor, if any.
    var selected: Connection? { list.selected }

    /// The connection with `id` (exact), or the only one whose id starts with it.
    func find(_ idOrPrefix: String) -> Connection? {
        if let c = items.first(where: { $0.id == idOrPrefix }) { return c }
        let matches = items.filter { $0.id.hasPrefix(idOrPrefix) || $0.integrationType == idOrPrefix }
        return matches.count == 1 ? matches[0] : nil
    }
}
