import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let authorize = KeyContext("authorize", title: "Authorize")
}

/// The authorization URL in full (wrapped, never truncated) with copy / open / finalize.
extension AuthorizeState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.authorize, [
            KeyBinding([.char("c"), .char("y")], "c", "copy the URL (OSC 52)", .copy, hint: true, short: "copy"),
            KeyBinding([.char("o")], "o", "open in the browser", .openInBrowser, hint: true, short: "browser"),
            KeyBinding([KeyEvent(.enter), .char("f")], "enter", "finalize (after approving)", .select, hint: true, short: "finalize"),
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll", .down),
            KeyBinding([KeyEvent(.escape), .char("q")], "esc", "close (stays pending; finalize it later in Connections); cancels a finalize in flight", .back,
              hint: true, short: "close"),
        ]),
    ]

    static let modalCase = ModalCase<AuthorizeState>(embed: AppModal.authorize) {
        guard case .authorize(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .authorize }

    var loadingLabel: String? { finalize.isLoading ? "finalizing" : nil }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .copy:
            message = "copied the URL to the clipboard (OSC 52)"
            messageIsError = false
            return [.copyToClipboard(url)]
        case .openInBrowser:
            if app.session.isSSH {
                message = "not opening a browser: this is an SSH session (SSH_CONNECTION/SSH_TTY is set) — copy the URL with "
                    + app.keys.key(.copy, in: .authorize)
                messageIsError = true
                return []
            }
            message = "opening the browser…"
            messageIsError = false
            return [.openURL(url)]
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .select:
            if connected != nil {
                disposition = .close
                app.focus = .connections
                return []
            }
            if finalize.isLoading { return [] }
            let generation = app.nextGeneration()
            finalize = .loading(generation: generation)
            message = nil
            return [.finalize(connectionID: connectionID, generation: generation)]
        case .back where finalize.isLoading:
            // Finalizing in flight: esc cancels it and the step stays (a second esc leaves).
            finalize = .idle
            app.status.notice = "cancelled"
            return [.cancel(.finalize)]
        case .back:
            disposition = .close
            if connected == nil {
                app.status.notice = "connection \(ShortID.of(connectionID)) stays pending — select it in Connections and press "
                    + app.keys.key(.finalize, in: .connections) + " to finalize"
            }
            return []
        default:
            break
        }
        return []
    }

    /// The answer to the finalize this step asked for.
    mutating func finalized(_ result: Result<CallbackResult, LizaError>, app: inout AppState) -> [Effect] {
        switch result {
        case .success(let answer):
            finalize = .loaded
            connected = answer.connection ?? Connection(id: connectionID, integrationType: integrationType, status: "active")
            message = "connected: \(integrationType) \(connectionID) is active — \(app.keys.key(.select, in: .authorize)) closes"
            messageIsError = false
            return AppUpdate.reloadConnections(&app)
        case .failure(let error):
            finalize = .failed(error)
            message = error.description
                + (error.kind == .validation ? " — approve in the browser first, then press \(app.keys.key(.select, in: .authorize))" : "")
            messageIsError = true
            return []
        }
    }

    /// The browser was started (or why not): said in the authorize step, else in the status bar.
    static func browserOpened(_ app: inout AppState, _ result: Result<String, AppFailure>) -> [Effect] {
        let copyKey = app.keys.key(.copy, in: .authorize)
        let (text, isError): (String, Bool)
        switch result {
        case .success(let how): (text, isError) = ("opened in the browser (\(how))", false)
        case .failure(let failure): (text, isError) = ("could not open a browser: \(failure.message) — copy the URL with \(copyKey)", true)
        }
        let shown: Void? = app.withModal(modalCase) { auth, _, _ in
            auth.message = text
            auth.messageIsError = isError
        }
        if shown == nil {
            if isError { app.status.error = text } else { app.status.notice = text }
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        let width = min(size.width - 2, 96)
        let urlLines = Draw.hardBreak(url, width: width - 4)
        let messageLines = message.map { Draw.wrap($0, width: width - 4) } ?? []
        return LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: 10 + urlLines.count + messageLines.count))
    }

    /// The key row at the bottom: each key and its label, with the command it runs.
    private func keyRow(_ app: AppState) -> [(command: Command?, key: String, label: String)] {
        let key = { (command: Command) in app.keys.key(command, in: .authorize) }
        let done = connected != nil
        var row: [(command: Command?, key: String, label: String)] = [(.copy, key(.copy), " copy  ")]
        if app.session.isSSH {
            row.append((nil, key(.openInBrowser), " (no browser over SSH)  "))
        } else {
            row.append((.openInBrowser, key(.openInBrowser), " open in browser  "))
        }
        row.append((.select, key(.select), done ? " close  " : " finalize  "))
        row.append((.back, key(.back), done ? " close" : " close (stays pending)"))
        return row
    }

    /// A click on a key of the bottom row runs it.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        guard point.y == inner.maxY - 1 else { return [] }
        var x = inner.x + 1
        for item in keyRow(app) {
            let width = DisplayWidth.of(item.key + item.label)
            if point.x >= x, point.x < x + width, let command = item.command {
                return perform(command, app: &app, disposition: &disposition)
            }
            x += width
        }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let width = min(size.width - 2, 96)
        let urlLines = Draw.hardBreak(url, width: width - 4)
        let messageLines = message.map { Draw.wrap($0, width: width - 4) } ?? []
        let rect = frame(in: size, app: app)
        let done = connected != nil
        let inner = Draw.box(&buffer, rect, title: done ? "Connected" : "Authorize \(integrationType)", focused: true, theme: theme, clear: true)
        let selectKey = app.keys.key(.select, in: .authorize)
        var lines: [(String, Style)] = []
        if done {
            lines.append(("✓ \(integrationType) is connected and active.", theme[.success].adding(.bold)))
        } else {
            lines.append(("1. Open this URL in a browser and approve access:", theme[.text]))
        }
        lines.append(("", theme[.text]))
        for line in urlLines { lines.append((line, theme[.accent].adding(.underline))) }
        lines.append(("", theme[.text]))
        if !done {
            lines.append(("2. Then press \(selectKey) here to finalize (POST /callback).", theme[.text]))
        }
        lines.append(("connection id  \(connectionID)", theme[.muted]))
        for line in messageLines { lines.append((line, messageIsError ? theme[.error] : theme[.success])) }
        if finalize.isLoading { lines.append(("\(Draw.spinner(app.status.spinnerFrame)) finalizing…", theme[.accent])) }
        let visible = max(0, inner.height - 2)
        let start = min(scroll, max(0, lines.count - visible))
        for i in 0..<visible {
            let n = start + i
            guard n < lines.count else { break }
            buffer.write(lines[n].0, at: Point(x: inner.x + 1, y: inner.y + i), style: lines[n].1, maxWidth: inner.width - 2)
        }
        let keys = keyRow(app).flatMap { item in
            [(item.key, item.command == nil ? theme[.muted] : theme[.primary].adding(.bold)), (item.label, theme[.muted])]
        }
        Draw.segments(&buffer, keys, at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: inner.width - 2)
    }
}
