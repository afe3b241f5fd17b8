import Foundation
import LizaAPI
import TUIKit

/// Finalizing a connection (POST /callback), from the callback form or the authorize step.
enum CallbackUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .callback(var form) = s.modals.last else { return [] }
        switch command {
        case .back:
            // While finalizing, esc cancels the request (the form stays); else it closes.
            if form.finalize.isLoading {
                form.finalize = .idle
                s.status.notice = "cancelled"
                s.modals[s.modals.count - 1] = .callback(form)
                return [.cancel(.finalize)]
            }
            s.pop()
            return []
        case .select:
            if form.result != nil {
                s.pop()
                return []
            }
            if form.finalize.isLoading { return [] }
            let id = form.connectionID.text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                form.error = "the connection id is required"
                s.modals[s.modals.count - 1] = .callback(form)
                return []
            }
            let g = s.nextGeneration()
            form.finalize = .loading(generation: g)
            form.error = nil
            s.modals[s.modals.count - 1] = .callback(form)
            return [.finalize(connectionID: id, generation: g)]
        default:
            return []
        }
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .callback(var form) = s.modals.last, form.result == nil else { return [] }
        form.connectionID.handle(event)
        s.modals[s.modals.count - 1] = .callback(form)
        return []
    }

    static func finalized(_ s: inout AppState, generation: Int, _ result: Result<CallbackResult, LizaError>) -> [Effect] {
        if let i = s.modalIndex(where: { if case .authorize(let a) = $0 { return a.finalize.accepts(generation) } else { return false } }),
           case .authorize(var auth) = s.modals[i] {
            switch result {
            case .success(let r):
                auth.finalize = .loaded
                auth.connected = r.connection ?? Connection(id: auth.connectionID, integrationType: auth.integrationType, status: "active")
                auth.message = "connected: \(auth.integrationType) \(auth.connectionID) is active — enter closes"
                auth.messageIsError = false
                s.modals[i] = .authorize(auth)
                return AppUpdate.reloadConnections(&s)
            case .failure(let e):
                auth.finalize = .failed(e)
                auth.message = e.description + (e.kind == .validation ? " — approve in the browser first, then press enter" : "")
                auth.messageIsError = true
                s.modals[i] = .authorize(auth)
                return []
            }
        }
        if let i = s.modalIndex(where: { if case .callback(let c) = $0 { return c.finalize.accepts(generation) } else { return false } }),
           case .callback(var form) = s.modals[i] {
            switch result {
            case .success(let r):
                form.finalize = .loaded
                form.result = r
                form.error = nil
                s.modals[i] = .callback(form)
                return AppUpdate.reloadConnections(&s)
            case .failure(let e):
                form.finalize = .failed(e)
                form.error = e.description
                s.modals[i] = .callback(form)
                return []
            }
        }
        return []
    }
}
