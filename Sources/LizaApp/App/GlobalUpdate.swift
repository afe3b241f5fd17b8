import Foundation
import TUIKit
import LizaAPI

/// Commands that work in every pane: focus, quit, help, palette, filter, refresh, esc, `!`.
enum GlobalUpdate {
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .quit:
            state.quitRequested = true
        case .focus(let pane):
            state.focus = pane
        case .focusNext:
            state.focus = state.focus.next
        case .focusPrevious:
            state.focus = state.focus.previous
        case .help:
            state.present(HelpState(context: state.keyContext))
        case .palette:
            state.present(PaletteState())
        case .filter:
            state.withList(state.focus) { $0.isFiltering = true }
        case .errorDetails:
            if let e = state.status.error {
                state.present(MessageState(title: "Last error", text: e))
            } else {
                state.status.notice = "no error to show"
            }
        case .refresh:
            switch state.focus {
            case .integrations: return AppUpdate.reloadIntegrations(&state)
            case .connections: return AppUpdate.reloadConnections(&state)
            case .records: return RecordsUpdate.reload(&state)
            }
        case .back:
            return back(&state)
        default:
            break
        }
        return []
    }

    /// `esc` in a pane: drop a palette command waiting for its list, cancel a load-all, else dismiss
    /// the error, else clear the filter.
    static func back(_ state: inout AppState) -> [Effect] {
        if state.pendingCommand != nil {
            state.pendingCommand = nil
            state.status.notice = "cancelled"
            return []
        }
        if state.focus == .records, state.records.loadingAll != nil || state.records.load.isLoading {
            return RecordsUpdate.cancelLoading(&state)
        }
        if state.status.error != nil {
            state.status.error = nil
            return []
        }
        state.status.notice = nil
        guard !state.list(state.focus).filter.isEmpty else { return cancelRequests(&state) }
        state.withList(state.focus) { $0.clearFilter() }
        return []
    }

    /// `esc` with nothing else to do cancels the requests in flight (a list waiting out a 429, a
    /// delete, records): the status bar says "cancelled"; `r` asks again.
    static func cancelRequests(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        if state.integrations.load.isLoading {
            state.integrations.load = state.integrations.items.isEmpty ? .idle : .loaded
            effects.append(.cancel(.integrations))
        }
        if state.connections.load.isLoading {
            state.connections.load = state.connections.items.isEmpty ? .idle : .loaded
            effects.append(.cancel(.connections))
        }
        if state.connections.deleting.isLoading {
            state.connections.deleting = .idle
            effects.append(.cancel(.deleteConnection))
        }
        if state.records.load.isLoading || state.records.loadingAll != nil {
            effects += RecordsUpdate.cancelLoading(&state)
        }
        if !effects.isEmpty {
            state.status.notice = "cancelled"
            state.status.rateLimitRemaining = nil
        }
        return effects
    }
}
