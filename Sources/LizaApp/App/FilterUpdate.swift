import Foundation
import LizaAPI
import TUIKit

/// Typing into the focused pane's `/` filter: the list narrows as you type.
enum FilterUpdate {
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .select:
            setFiltering(&state, false)
        case .back:
            edit(&state) { $0 = TextFieldState() }
            setFiltering(&state, false)
        case .up, .down:
            let plan = LayoutPlan(size: state.size, focus: state.focus)
            let delta = command == .up ? -1 : 1
            switch state.focus {
            case .integrations: state.integrations.cursor.move(by: delta, count: state.integrations.visible.count, page: plan.listRows(.integrations))
            case .connections: state.connections.cursor.move(by: delta, count: state.connections.visible.count, page: plan.listRows(.connections))
            case .records: state.records.cursor.move(by: delta, count: state.records.visible.count, page: plan.listRows(.records))
            }
        default:
            break
        }
        return []
    }

    static func text(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        edit(&state) { $0.handle(event) }
        return []
    }

    private static func setFiltering(_ state: inout AppState, _ on: Bool) {
        switch state.focus {
        case .integrations: state.integrations.isFiltering = on
        case .connections: state.connections.isFiltering = on
        case .records: state.records.isFiltering = on
        }
    }

    /// Changes the focused pane's filter text and re-applies it (cursor to the first match).
    private static func edit(_ state: inout AppState, _ change: (inout TextFieldState) -> Void) {
        switch state.focus {
        case .integrations:
            let before = state.integrations.filter
            change(&state.integrations.filter)
            if before != state.integrations.filter { state.integrations.cursor = ListCursor() }
        case .connections:
            let before = state.connections.filter
            change(&state.connections.filter)
            if before != state.connections.filter { state.connections.cursor = ListCursor() }
        case .records:
            let before = state.records.filter
            change(&state.records.filter)
            if before != state.records.filter {
                state.records.refreshVisible()
                state.records.cursor = ListCursor()
            }
        }
        AppUpdate.clampAllCursors(&state)
    }
}
