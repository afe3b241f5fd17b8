import Foundation
import TUIKit
import LizaAPI

/// Commands that work in every pane: focus, quit, help, palette, filter, refresh, esc, `!`.
enum GlobalUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .quit:
            s.quitRequested = true
        case .focus(let pane):
            s.focus = pane
            AppUpdate.clampAllCursors(&s)
        case .focusNext:
            s.focus = s.focus.next
            AppUpdate.clampAllCursors(&s)
        case .focusPrevious:
            s.focus = s.focus.previous
            AppUpdate.clampAllCursors(&s)
        case .help:
            s.present(HelpState(context: s.keyContext))
        case .palette:
            s.present(PaletteState())
        case .filter:
            switch s.focus {
            case .integrations: s.integrations.isFiltering = true
            case .connections: s.connections.isFiltering = true
            case .records: s.records.isFiltering = true
            }
        case .errorDetails:
            if let e = s.status.error {
                s.present(MessageState(title: "Last error", text: e))
            } else {
                s.status.notice = "no error to show"
            }
        case .refresh:
            switch s.focus {
            case .integrations: return AppUpdate.reloadIntegrations(&s)
            case .connections: return AppUpdate.reloadConnections(&s)
            case .records: return RecordsUpdate.reload(&s)
            }
        case .back:
            return back(&s)
        default:
            break
        }
        return []
    }

    /// `esc` in a pane: cancel a load-all, else dismiss the error, else clear the filter.
    static func back(_ s: inout AppState) -> [Effect] {
        if s.focus == .records, s.records.loadingAll != nil || s.records.load.isLoading {
            return RecordsUpdate.cancelLoading(&s)
        }
        if s.status.error != nil {
            s.status.error = nil
            return []
        }
        s.status.notice = nil
        switch s.focus {
        case .integrations:
            if !s.integrations.filter.isEmpty { s.integrations.filter = TextFieldState(); AppUpdate.clampAllCursors(&s) }
        case .connections:
            if !s.connections.filter.isEmpty { s.connections.filter = TextFieldState(); AppUpdate.clampAllCursors(&s) }
        case .records:
            if !s.records.filter.isEmpty {
                s.records.filter = TextFieldState()
                s.records.refreshVisible()
                AppUpdate.clampAllCursors(&s)
            }
        }
        return []
    }
}
