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
            s.push(.help(HelpState(context: s.keyContext)))
        case .palette:
            s.push(.palette(PaletteState()))
        case .filter:
            switch s.focus {
            case .integrations: s.integrations.isFiltering = true
            case .connections: s.connections.isFiltering = true
            case .records: s.records.isFiltering = true
            }
        case .errorDetails:
            if let e = s.status.error {
                s.push(.message(MessageState(title: "Last error", text: e)))
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

    /// `esc` in a pane: drop a palette command waiting for its list, cancel a load-all, else dismiss
    /// the error, else clear the filter.
    static func back(_ s: inout AppState) -> [Effect] {
        if s.pendingCommand != nil {
            s.pendingCommand = nil
            s.status.notice = "cancelled"
            return []
        }
        if s.focus == .records, s.records.loadingAll != nil || s.records.load.isLoading {
            return RecordsUpdate.cancelLoading(&s)
        }
        if s.status.error != nil {
            s.status.error = nil
            return []
        }
        s.status.notice = nil
        switch s.focus {
        case .integrations where !s.integrations.filter.isEmpty:
            s.integrations.filter = TextFieldState()
            AppUpdate.clampAllCursors(&s)
        case .connections where !s.connections.filter.isEmpty:
            s.connections.filter = TextFieldState()
            AppUpdate.clampAllCursors(&s)
        case .records where !s.records.filter.isEmpty:
            s.records.filter = TextFieldState()
            s.records.refreshVisible()
            AppUpdate.clampAllCursors(&s)
        default:
            return cancelRequests(&s)
        }
        return []
    }

    /// `esc` with nothing else to do cancels the requests in flight (a list waiting out a 429, a
    /// delete, records): the status bar says "cancelled"; `r` asks again.
    static func cancelRequests(_ s: inout AppState) -> [Effect] {
        var fx: [Effect] = []
        if s.integrations.load.isLoading {
            s.integrations.load = s.integrations.items.isEmpty ? .idle : .loaded
            fx.append(.cancel(.integrations))
        }
        if s.connections.load.isLoading {
            s.connections.load = s.connections.items.isEmpty ? .idle : .loaded
            fx.append(.cancel(.connections))
        }
        if s.connections.deleting.isLoading {
            s.connections.deleting = .idle
            fx.append(.cancel(.deleteConnection))
        }
        if s.records.load.isLoading || s.records.loadingAll != nil {
            fx += RecordsUpdate.cancelLoading(&s)
        }
        if !fx.isEmpty {
            s.status.notice = "cancelled"
            AppUpdate.clampAllCursors(&s)
            s.status.rateLimitRemaining = nil
        }
        return fx
    }
}
