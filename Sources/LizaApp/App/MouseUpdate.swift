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
        let viewport = state.viewport
        if let (pane, _) = viewport.tabs.first(where: { $0.value.contains(event.position) }) {
            if case .press(.left) = event.kind { return GlobalUpdate.perform(&state, .focus(pane)) }
            return []
        }
        guard let (pane, area) = viewport.panes.first(where: { $0.value.frame.contains(event.position) }) else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            var effects = focus(&state, pane)
            let command: Command = event.kind == .wheelUp ? .up : .down
            for _ in 0..<wheelRows { effects += AppUpdate.perform(&state, command, in: pane.keyContext) }
            return effects
        case .press(.left):
            var effects = focus(&state, pane)
            // A row of the table: the list's first visible row is drawn at the top of `rows`.
            let list = state.list(pane)
            let position = list.table.offset + (event.position.y - area.rows.y)
            guard area.rows.contains(Point(x: area.rows.x, y: event.position.y)), position < list.visibleCount else { return effects }
            state.withList(pane) { $0.select(position: position) }
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
}
