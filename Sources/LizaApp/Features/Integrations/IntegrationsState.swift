import Foundation
import TUIKit
import LizaAPI

/// The Integrations pane: what can be connected.
struct IntegrationsState: Hashable, Sendable {
    /// The rows, their load, selection and filter.
    var list = ListPane(ItemList<Integration>())

    init() {}

    var items: [Integration] { list.source.items }
    var load: LoadState {
        get { list.load }
        set { list.load = newValue }
    }
    /// The integration under the cursor, if any.
    var selected: Integration? { list.selected }
}
