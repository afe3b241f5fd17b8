import Foundation
import LizaAPI
import TUIKit

/// The Integrations pane: name, type, categories.
enum IntegrationsView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        let s = state.integrations
        let visible = s.visible
        guard let inner = PaneChrome.listFrame(
            &buffer, area, pane: .integrations, filter: s.filter, isFiltering: s.isFiltering, visibleCount: visible.count,
            total: s.items.count, footer: state.keys.display(.connect, in: .integrations) + " connect", load: s.load, spinner: state.status.spinnerFrame,
            loading: "loading integrations…", empty: "no integrations", focused: focused, keys: state.keys, theme: theme)
        else { return }
        let columns = [TableColumn("NAME", width: .content(max: 22)), TableColumn("TYPE", width: .content(max: 18)),
                       TableColumn("CATEGORIES", width: .flexible(min: 10))]
        Draw.table(&buffer, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), columns: columns,
                   rowCount: visible.count, offset: s.cursor.offset, selected: s.cursor.index, focused: focused, theme: theme) { row, col in
            let it = s.items[visible[row]]
            switch col {
            case 0: return (it.name, nil)
            case 1: return (it.type, .muted)
            // Only the data categories: Unified extras (auth, passthrough, metadata…) are in the JSON.
            default: return (it.categories.map(\.rawValue).joined(separator: ", "), .accent)
            }
        }
    }
}
