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
        let list = state.connections.list
        guard PaneChrome.listFrame(
            &buffer, area, pane: .connections, list: list, footer: state.keys.footer(.connections, [.select, .passthrough, .delete]),
            spinner: state.status.spinnerFrame, loading: "loading connections…",
            empty: "no connections yet — select an integration and press \(state.keys.keys(.connect, in: .integrations).last ?? "")",
            focused: focused, keys: state.keys, theme: theme) != nil
        else { return }
        let kindsAll = ["integration", "id", "status", "categories", "created", "updated"]
        let titles = ["INTEGRATION", "ID", "STATUS", "CATEGORIES", "CREATED", "UPDATED"]
        let rect = LayoutPlan.tableArea(of: .connections, in: area)
        Draw.listTable(&buffer, rect, list: list, focused: focused, theme: theme, spacing: 1, columns: { window in
            Draw.fitColumns(titles, rows: window.map { c in kindsAll.map { text(c, $0).text } }, maxWidth: 18, available: rect.width, spacing: 1)
        }) { c, col in text(c, kindsAll[col]) }
    }
}
