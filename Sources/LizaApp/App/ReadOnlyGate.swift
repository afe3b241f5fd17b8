import Foundation
import LizaAPI
import TUIKit

/// Read-only mode in the TUI, in two layers above the client's own refusal (`LizaClient.readOnly`):
/// the write commands of every pane and modal are switched off (shown dim, with the reason, and
/// refused by `AppUpdate.perform`), and any write effect that still comes out of an update — from a
/// click, the palette, a path nobody thought of — is turned into its owner's failure before it runs.
enum ReadOnlyGate {
    /// The commands that write, by context, while the session is read-only; nil when it is not.
    static func refusal(in state: AppState) -> KeyRefusal? {
        guard let reason = state.session.readOnly else { return nil }
        var commands: [String: Set<Command>] = [
            KeyContext.integrations.rawValue: [.connect],
            KeyContext.connections.rawValue: [.connect, .delete, .finalize],
            KeyContext.connectForm.rawValue: [.select],
            KeyContext.callbackForm.rawValue: [.select],
            KeyContext.authorize.rawValue: [.select],
            // Every confirmation today is for a write (a delete, a passthrough other than GET).
            KeyContext.confirm.rawValue: [.confirm],
        ]
        // Sending is a write when the passthrough form's method is not GET (help over the form
        // still knows: the form is the nearest one below).
        let form = state.modals.reversed().lazy.compactMap { modal -> PassthroughState? in
            if case .passthrough(let form) = modal { return form }
            return nil
        }.first
        if let form, !form.method.isReadOnly {
            commands[KeyContext.passthrough.rawValue] = [.send]
            commands[KeyContext.passthroughResponse.rawValue] = [.send]
        }
        return KeyRefusal(reason: reason, commands: commands)
    }

    /// `effects` with every write replaced by what its owner does when the request fails: the
    /// refusal, as an error, through `dispatch` (so spinners stop and the form keeps its draft).
    static func refuseWrites(_ state: inout AppState, _ effects: [Effect],
                             dispatch: (inout AppState, Action) -> [Effect]) -> [Effect] {
        guard let reason = state.session.readOnly else { return effects }
        var kept: [Effect] = []
        for effect in effects {
            guard let refused = failure(for: effect, reason: reason) else {
                kept.append(effect)
                continue
            }
            // What the owner answers is gated too (it never writes, but nothing relies on that).
            kept += refuseWrites(&state, dispatch(&state, refused), dispatch: dispatch)
        }
        return kept
    }

    /// The failed result of a write effect, or nil for an effect that does not write.
    static func failure(for effect: Effect, reason: String) -> Action? {
        switch effect {
        case .request(let request):
            // Each owner marks its writes where it builds the request (`ServiceRequest.write`).
            guard let write = request.write, let failed = request.failed else { return nil }
            return failed(.readOnly(reason, refusing: write))
        case .connectListening(let request, _, let generation):
            return .connected(generation: generation, .failure(.readOnly(reason, refusing: "POST /connect (\(request.integrationType))")))
        default:
            return nil
        }
    }
}
