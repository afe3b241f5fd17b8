import Foundation
import LizaAPI
import TUIKit

/// The `:` command palette: type, complete with tab, run with enter.
enum PaletteUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .palette(var p) = s.modals.last else { return [] }
        let candidates = PaletteCompletion.candidates(p.input.text, state: s)
        switch command {
        case .back:
            s.pop()
            return []
        case .up:
            if !candidates.isEmpty { p.selection = (p.selection + candidates.count - 1) % candidates.count }
        case .down, .previousField:
            if !candidates.isEmpty {
                p.selection = (p.selection + (command == .down ? 1 : candidates.count - 1)) % candidates.count
            }
        case .nextField:
            if !candidates.isEmpty {
                p.input.text = PaletteCompletion.apply(candidates[min(p.selection, candidates.count - 1)], to: p.input.text)
                p.selection = 0
                p.error = nil
            }
        case .select:
            switch PaletteCommand.parse(p.input.text) {
            case .failure(let f):
                p.error = f.message
            case .success(let cmd):
                s.pop()
                return run(&s, cmd)
            }
        default:
            break
        }
        s.modals[s.modals.count - 1] = .palette(p)
        return []
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .palette(var p) = s.modals.last else { return [] }
        if p.input.handle(event) {
            p.selection = 0
            p.error = nil
        }
        s.modals[s.modals.count - 1] = .palette(p)
        return []
    }

    /// The list (`"connections"`, `"integrations"`) `command` resolves a name in while that list is
    /// still loading and does not hold the name yet; nil when the command can run now.
    static func awaitedList(_ command: PaletteCommand, in s: AppState) -> String? {
        let connections = s.connections.load.isLoading ? "connections" : nil
        switch command {
        case .records(let name, _, _), .passthrough(.some(let name)), .callback(.some(let name)):
            return s.connections.find(name) == nil ? connections : nil
        case .passthrough(nil):
            return s.records.connection == nil && s.connections.selected == nil ? connections : nil
        case .callback(nil):
            return s.connections.selected == nil ? connections : nil
        case .connect(.some(let type)) where !type.isEmpty:
            return s.integrations.load.isLoading && ConnectUpdate.known(type, in: s.integrations.items) == nil ? "integrations" : nil
        case .connect, .theme, .refresh, .help, .quit:
            // `:theme` names come from the theme folders, known before the first frame.
            return nil
        }
    }

    /// Runs the waiting palette command once the list it needs has arrived (or failed, so its
    /// error is the real one).
    static func runPending(_ s: inout AppState) -> [Effect] {
        guard let pending = s.pendingCommand, awaitedList(pending, in: s) == nil else { return [] }
        s.pendingCommand = nil
        return run(&s, pending)
    }

    static func run(_ s: inout AppState, _ command: PaletteCommand) -> [Effect] {
        if awaitedList(command, in: s) != nil {
            s.pendingCommand = command
            return []
        }
        s.pendingCommand = nil
        switch command {
        case .quit:
            s.quitRequested = true
        case .help:
            s.push(.help(HelpState(context: s.keyContext)))
        case .refresh:
            return AppUpdate.reloadIntegrations(&s) + AppUpdate.reloadConnections(&s)
        case .theme(let name):
            return [.loadTheme(name)]
        case .connect(let type):
            ConnectUpdate.openForm(&s, integrationType: type ?? "")
        case .records(let conn, let category, let object):
            return AppUpdate.update(&s, .openRecords(connectionID: conn, category: category, objectType: object))
        case .passthrough(let conn):
            let c = conn.flatMap { s.connections.find($0) } ?? (conn == nil ? (s.records.connection ?? s.connections.selected) : nil)
            guard let c else {
                s.status.error = conn.map { "No connection '\($0)'" } ?? "Select a connection first (or :passthrough <id>)"
                return []
            }
            PassthroughUpdate.open(&s, connection: c)
        case .callback(let id):
            s.push(.callback(CallbackState(connectionID: id.map { s.connections.find($0)?.id ?? $0 } ?? s.connections.selected?.id ?? "")))
        }
        return []
    }
}
