import Foundation
import LizaAPI
import TUIKit

/// Clicks and the wheel: a click focuses the pane under the pointer and selects the row, a double
/// click opens it (as `enter` would), the wheel scrolls what is under the pointer; over a modal,
/// clicks go to the modal (its footer keys, fields and rows) and the wheel scrolls it.
enum MouseUpdate {
    /// Rows one wheel notch moves.
    static let wheelRows = 3

    static func handle(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        guard state.mouseEnabled, case .main = state.screen else { return [] }
        if !state.modals.isEmpty { return modal(&state, event) }
        let plan = LayoutPlan(size: state.size, focus: state.focus)
        guard !plan.isTooSmall else { return [] }
        if let tabs = plan.tabs, tabs.contains(event.position) {
            if case .press(.left) = event.kind, let pane = tab(at: event.position.x, in: tabs) {
                return GlobalUpdate.perform(&state, .focus(pane))
            }
            return []
        }
        guard let (pane, rect) = plan.panes.first(where: { $0.value.contains(event.position) }) else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            var effects = focus(&state, pane)
            let command: Command = event.kind == .wheelUp ? .up : .down
            for _ in 0..<wheelRows { effects += AppUpdate.perform(&state, command, in: pane.keyContext) }
            return effects
        case .press(.left):
            var effects = focus(&state, pane)
            guard let row = row(at: event.position.y, of: pane, in: rect, state: state) else { return effects }
            select(&state, row, in: pane)
            if event.clickCount >= 2 { effects += AppUpdate.perform(&state, .select, in: pane.keyContext) }
            return effects
        default:
            return []
        }
    }

    /// Over a modal: the wheel scrolls it (where ↑/↓ scroll), a left click goes to it.
    private static func modal(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp, .wheelDown:
            let command: Command = event.kind == .wheelUp ? .up : .down
            guard state.keys.binding(command, in: state.keyContext) != nil else { return [] }
            return (0..<wheelRows).flatMap { _ in AppUpdate.perform(&state, command, in: state.keyContext) }
        case .press(.left):
            return state.clickTopModal(event)
        default:
            return []
        }
    }

    private static func focus(_ state: inout AppState, _ pane: Pane) -> [Effect] {
        state.focus == pane ? [] : GlobalUpdate.perform(&state, .focus(pane))
    }

    /// The pane whose tab (` 1 Integrations `) is at column `x` of the narrow layout's tab row.
    private static func tab(at x: Int, in area: Rect) -> Pane? {
        var left = area.x + 1
        for pane in Pane.allCases {
            let width = DisplayWidth.of(" \(pane.rawValue) \(pane.title) ")
            if x >= left, x < left + width { return pane }
            left += width + 1
        }
        return nil
    }

    /// The index in the pane's visible rows of the table row at screen row `y`, if one is there.
    private static func row(at y: Int, of pane: Pane, in rect: Rect, state: AppState) -> Int? {
        let inner = rect.inset(by: 1)
        // Below the border: the column header (Records also has its toolbar above it).
        let first = inner.y + (pane == .records ? 2 : 1)
        guard y >= first, y < inner.maxY else { return nil }
        let (offset, count): (Int, Int)
        switch pane {
        case .integrations: (offset, count) = (state.integrations.cursor.offset, state.integrations.visible.count)
        case .connections: (offset, count) = (state.connections.cursor.offset, state.connections.visible.count)
        case .records: (offset, count) = (state.records.cursor.offset, state.records.visible.count)
        }
        let index = offset + (y - first)
        return index < count ? index : nil
    }

    private static func select(_ state: inout AppState, _ index: Int, in pane: Pane) {
        switch pane {
        case .integrations: state.integrations.cursor.index = index
        case .connections: state.connections.cursor.index = index
        case .records: state.records.cursor.index = index
        }
        AppUpdate.clampAllCursors(&state)
    }
}

extension Pane {
    /// The key context of the pane itself (not its filter).
    var keyContext: KeyContext {
        switch self {
        case .integrations: return .integrations
        case .connections: return .connections
        case .records: return .records
        }
    }
}
