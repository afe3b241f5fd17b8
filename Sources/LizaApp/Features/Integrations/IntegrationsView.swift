import Foundation
import LizaAPI
import TUIKit

/// The Integrations pane: name, type, categories.
enum IntegrationsView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        let list = state.integrations.list
        // `liza --offline` reads only the record store, which keeps records, not the catalog of
        // integrations: say so rather than show an empty list as if there were none.
        let empty = state.session.isOffline ? "offline: the integration list is not stored" : "no integrations"
        guard PaneChrome.listFrame(
            &buffer, area, pane: .integrations, list: list, footer: state.keys.display(.connect, in: .integrations) + " connect",
            spinner: state.status.spinnerFrame, loading: "loading integrations…", empty: empty, focused: focused,
            keys: state.keys, theme: theme) != nil
        else { return }
        let columns = [TableColumn("NAME", width: .content(max: 22)), TableColumn("TYPE", width: .content(max: 18)),
                       TableColumn("CATEGORIES", width: .flexible(min: 10))]
        Draw.listTable(&buffer, LayoutPlan.tableArea(of: .integrations, in: area), list: list, focused: focused, theme: theme,
                       columns: { _ in columns }) { it, col in
            switch col {
            case 0: return (it.name, nil)
            case 1: return (it.type, .muted)
            // Only the data categories: Unified extras (auth, passthrough, metadata…) are in the JSON.
            default: return (it.categories.map(\.rawValue).joined(separator: ", "), .accent)
            }
        }
    }
}
