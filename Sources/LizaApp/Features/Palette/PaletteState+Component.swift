import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let palette = KeyContext("palette", title: "Command palette", isTextEntry: true)
}

/// The `:` command palette: type, complete with tab, run with enter.
extension PaletteState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.palette, [
            KeyBinding([KeyEvent(.enter)], "enter", "run", .select, hint: true),
            KeyBinding([KeyEvent(.tab)], "tab", "complete", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab)], "shift-tab", "previous completion", .previousField),
            KeyBinding([KeyEvent(.up)], "↑", "previous completion", .up),
            KeyBinding([KeyEvent(.down)], "↓", "next completion", .down),
            KeyBinding([KeyEvent(.escape)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<PaletteState>(embed: AppModal.palette) {
        guard case .palette(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .palette }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        let candidates = PaletteCompletion.candidates(input.text, state: app)
        switch command {
        case .back:
            disposition = .close
        case .up:
            if !candidates.isEmpty { selection = (selection + candidates.count - 1) % candidates.count }
        case .down, .previousField:
            if !candidates.isEmpty {
                selection = (selection + (command == .down ? 1 : candidates.count - 1)) % candidates.count
            }
        case .nextField:
            if !candidates.isEmpty {
                input.text = PaletteCompletion.apply(candidates[min(selection, candidates.count - 1)], to: input.text)
                selection = 0
                error = nil
            }
        case .select:
            switch PaletteCommand.parse(input.text) {
            case .failure(let failure):
                error = failure.message
            case .success(let parsed):
                disposition = .close
                return Self.run(&app, parsed)
            }
        default:
            break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if input.handle(event) {
            selection = 0
            error = nil
        }
        return []
    }

    /// The list (`"connections"`, `"integrations"`) `command` resolves a name in while that list is
    /// still loading and does not hold the name yet; nil when the command can run now.
    static func awaitedList(_ command: PaletteCommand, in app: AppState) -> String? {
        let connections = app.connections.load.isLoading ? "connections" : nil
        switch command {
        case .records(let name, _, _), .passthrough(.some(let name)), .callback(.some(let name)):
            return app.connections.find(name) == nil ? connections : nil
        case .passthrough(nil):
            return app.records.connection == nil && app.connections.selected == nil ? connections : nil
        case .callback(nil):
            return app.connections.selected == nil ? connections : nil
        case .connect(.some(let type)) where !type.isEmpty:
            return app.integrations.load.isLoading && ConnectFormState.known(type, in: app.integrations.items) == nil ? "integrations" : nil
        case .connect, .theme, .profile, .refresh, .help, .quit:
            // `:theme` names come from the theme folders, known before the first frame.
            return nil
        }
    }

    /// Runs the waiting palette command once the list it needs has arrived (or failed, so its
    /// error is the real one).
    static func runPending(_ app: inout AppState) -> [Effect] {
        guard let pending = app.pendingCommand, awaitedList(pending, in: app) == nil else { return [] }
        app.pendingCommand = nil
        return run(&app, pending)
    }

    /// Runs a parsed palette command (the palette is already closed); one that names something in
    /// a list still loading waits for it.
    static func run(_ app: inout AppState, _ command: PaletteCommand) -> [Effect] {
        if awaitedList(command, in: app) != nil {
            app.pendingCommand = command
            return []
        }
        app.pendingCommand = nil
        switch command {
        case .quit:
            app.quitRequested = true
        case .help:
            app.present(HelpState(context: app.keyContext))
        case .refresh:
            return AppUpdate.reloadIntegrations(&app) + AppUpdate.reloadConnections(&app)
        case .theme(let name):
            return [.loadTheme(name)]
        case .profile(let name):
            app.status.notice = "switching to profile \(name)…"
            return [.switchProfile(name)]
        case .connect(let type):
            ConnectFormState.open(&app, integrationType: type ?? "")
        case .records(let connection, let category, let object):
            return AppUpdate.update(&app, .openRecords(connectionID: connection, category: category, objectType: object))
        case .passthrough(let id):
            let connection = id.flatMap { app.connections.find($0) } ?? (id == nil ? (app.records.connection ?? app.connections.selected) : nil)
            guard let connection else {
                app.status.error = id.map { "No connection '\($0)'" } ?? "Select a connection first (or :passthrough <id>)"
                return []
            }
            PassthroughState.open(&app, connection: connection)
        case .callback(let id):
            app.present(CallbackState(connectionID: id.map { app.connections.find($0)?.id ?? $0 } ?? app.connections.selected?.id ?? ""))
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        let shown = min(8, PaletteCompletion.candidates(input.text, state: app).count)
        let usage = input.text.split(separator: " ").isEmpty ? PaletteCommand.names.count : 0
        let height = 3 + max(shown, usage) + (error == nil ? 0 : 1)
        let width = min(size.width - 4, 72)
        return Rect(x: (size.width - width) / 2, y: max(1, size.height / 6), width: width, height: min(height, size.height - 2))
    }

    var footerItems: [(Command, String?)] { [(.nextField, nil), (.select, nil), (.back, nil)] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let candidates = PaletteCompletion.candidates(input.text, state: app)
        let shown = Array(candidates.prefix(8))
        let showUsage = input.text.split(separator: " ").isEmpty
        let usage = showUsage ? PaletteCommand.names.map(\.usage) : []
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Command", footer: footer(app.keys), focused: true, theme: theme, clear: true)
        buffer.write(":", at: Point(x: inner.x + 1, y: inner.y), style: theme[.primary].adding(.bold))
        let ghost: String = {
            guard let first = candidates.first else { return "" }
            let partial = input.text.hasSuffix(" ") ? "" : String(input.text.split(separator: " ").last ?? "")
            return first.lowercased().hasPrefix(partial.lowercased()) ? String(first.dropFirst(partial.count)) : ""
        }()
        Draw.field(&buffer, input, in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 3, height: 1), focused: true, theme: theme,
                   completion: ghost)
        var y = inner.y + 1
        if let error {
            buffer.write("✗ " + error, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
            y += 1
        }
        if showUsage {
            for line in usage where y < inner.maxY {
                buffer.write(line, in: Rect(x: inner.x + 3, y: y, width: inner.width - 4, height: 1), style: theme[.muted])
                y += 1
            }
        } else {
            for (i, candidate) in shown.enumerated() where y < inner.maxY {
                let selected = i == selection % max(1, shown.count)
                buffer.write(candidate, in: Rect(x: inner.x + 3, y: y, width: inner.width - 4, height: 1),
                             style: selected ? theme[.selection] : theme[.text])
                y += 1
            }
        }
    }
}
