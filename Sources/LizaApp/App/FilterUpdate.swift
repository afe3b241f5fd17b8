import Foundation
import LizaAPI
import TUIKit

/// Typing into the focused pane's `/` filter: the list narrows as you type.
enum FilterUpdate {
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        state.withList(state.focus) { list in
            switch command {
            case .select:
                list.isFiltering = false
            case .back:
                list.editFilter { $0 = TextFieldState() }
                list.isFiltering = false
            case .up, .down:
                _ = list.move(command)
            default:
                break
            }
        }
        return []
    }

    static func text(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        state.withList(state.focus) { list in list.editFilter { _ = $0.handle(event) } }
        return []
    }
}
