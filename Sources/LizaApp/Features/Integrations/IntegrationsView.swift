import Foundation
import LizaAPI
import TUIKit

/// The Integrations pane: name, type, categories.
enum IntegrationsView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        let list = state.integrations.list
        guard PaneChrome.listFrame(
            &buffer, area, pane: .integrations, list: list, footer: state.keys.display(.connect, in: .integrations) + " connect",
            spinner: state.status.spinnerFrame, loading: "loading integrations…", empty: "no integrations", focused: focused,
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
