import Foundation
import LizaAPI
import TUIKit

/// Typing into the focused pane's `/` filter: the list narrows as you type.
enum FilterUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .select:
            setFiltering(&s, false)
        case .back:
            edit(&s) { $0 = TextFieldState() }
            setFiltering(&s, false)
        case .up, .down:
            let plan = LayoutPlan(size: s.size, focus: s.focus)
            let delta = command == .up ? -1 : 1
            switch s.focus {
            case .integrations: s.integrations.cursor.move(by: delta, count: s.integrations.visible.count, page: plan.listRows(.integrations))
            case .connections: s.connections.cursor.move(by: delta, count: s.connections.visible.count, page: plan.listRows(.connections))
            case .records: s.records.cursor.move(by: delta, count: s.records.visible.count, page: plan.listRows(.records))
            }
        default:
            break
        }
        return []
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        edit(&s) { $0.handle(event) }
        return []
    }

    private static func setFiltering(_ s: inout AppState, _ on: Bool) {
        switch s.focus {
        case .integrations: s.integrations.isFiltering = on
        case .connections: s.connections.isFiltering = on
        case .records: s.records.isFiltering = on
        }
    }

    /// Changes the focused pane's filter text and re-applies it (cursor to the first match).
    private static func edit(_ s: inout AppState, _ change: (inout TextFieldState) -> Void) {
        switch s.focus {
        case .integrations:
            let before = s.integrations.filter
            change(&s.integrations.filter)
            if before != s.integrations.filter { s.integrations.cursor = ListCursor() }
        case .connections:
            let before = s.connections.filter
            change(&s.connections.filter)
            if before != s.connections.filter { s.connections.cursor = ListCursor() }
        case .records:
            let before = s.records.filter
            change(&s.records.filter)
            if before != s.records.filter {
                s.records.refreshVisible()
                s.records.cursor = ListCursor()
            }
        }
        AppUpdate.clampAllCursors(&s)
    }
}
