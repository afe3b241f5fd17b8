import Foundation
import LizaAPI
import TUIKit

/// The Connections pane: integration, short id, categories, status/health, created, updated.
enum ConnectionsView {
    /// Pending first (it needs `f`), then health when the API reports it, else the status.
    static func status(_ c: Connection) -> (text: String, role: ThemeRole?) {
        if c.isPending { return ("● pending", .warning) }
        if let h = c.health {
            if h == "healthy" { return ("✓ healthy", .success) }
            return ("✗ " + (c.lastUnhealthyCode ?? "unhealthy"), .error)
        }
        return (c.status ?? "", .muted)
    }

    /// The text and role of one cell.
    static func text(_ c: Connection, _ kind: String) -> (text: String, role: ThemeRole?) {
        switch kind {
        case "integration": return (c.integrationType, nil)
        case "id": return (ShortID.of(c.id), .muted)
        case "categories": return ((c.categories.map(\.rawValue) + c.otherCategories).joined(separator: ","), .accent)
        case "status": return status(c)
        case "created": return (c.createdAt.map { CompactDate.format($0) ?? $0 } ?? "", .muted)
        default: return (c.updatedAt.map { CompactDate.format($0) ?? $0 } ?? "", .muted)
        }
    }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        let s = state.connections
        let visible = s.visible
        guard let inner = PaneChrome.listFrame(
            &buffer, area, pane: .connections, filter: s.filter, isFiltering: s.isFiltering, visibleCount: visible.count,
            total: s.items.count, footer: state.keys.footer(.connections, [.select, .passthrough, .delete]), load: s.load,
            spinner: state.status.spinnerFrame, loading: "loading connections…",
            empty: "no connections yet — select an integration and press \(state.keys.keys(.connect, in: .integrations).last ?? "")", focused: focused, keys: state.keys, theme: theme)
        else { return }
        let kindsAll = ["integration", "id", "status", "categories", "created", "updated"]
        let titles = ["INTEGRATION", "ID", "STATUS", "CATEGORIES", "CREATED", "UPDATED"]
        let shownRows = visible[min(s.cursor.offset, visible.count)..<min(visible.count, s.cursor.offset + max(0, inner.height - 1))]
        let texts = shownRows.map { i in kindsAll.map { text(s.items[i], $0).text } }
        let columns = Draw.fitColumns(titles, rows: texts, maxWidth: 18, available: inner.width - 1, spacing: 1)
        Draw.table(&buffer, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), columns: columns,
                   rowCount: visible.count, offset: s.cursor.offset, selected: s.cursor.index, focused: focused, theme: theme,
                   spacing: 1) { row, col in
            text(s.items[visible[row]], kindsAll[col])
        }
    }
}
