import Foundation
import LizaAPI
import QRCode
import QRCodeView
import TUIKit

extension KeyContext {
    static let authorize = KeyContext("authorize", title: "Authorize")
    /// Typing the address the browser ended on, in the authorize step.
    static let authorizePaste = KeyContext("authorizePaste", title: "Authorize: pasted address", isTextEntry: true)
    /// The authorize step once the connection is active: nothing left to paste, scan or finalize,
    /// so hints and help offer only what still works.
    static let authorizeDone = KeyContext("authorizeDone", title: "Authorize: connected")
}

/// The authorization URL in full (wrapped, never truncated, one hyperlink), its QR code, and
/// finishing: by itself when the browser comes back to the loopback listener, from the pasted
/// address, or by hand.
extension AuthorizeState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.authorize, [
            KeyBinding([.char("c"), .char("y")], "c", "copy the URL (OSC 52)", .copy, hint: true, short: "copy"),
            KeyBinding([.char("o")], "o", "open in the browser", .openInBrowser, hint: true, short: "browser"),
            KeyBinding([.char("p"), KeyEvent(.tab)], "p/tab", "paste the address your browser ended on", .nextField, hint: true, short: "paste address"),
            KeyBinding([.char("q")], "q", "show or hide the URL's QR code (approve from a phone)", .toggleQR, hint: true, short: "QR code"),
            KeyBinding([KeyEvent(.enter), .char("f")], "enter", "finalize by hand (after approving)", .select, hint: true, short: "finalize"),
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll", .down),
            KeyBinding([KeyEvent(.escape)], "esc",
                       "close (stops listening; the connection stays pending, finalize it later in Connections); cancels a finalize in flight",
                       .back, hint: true, short: "close"),
        ]),
        (.authorizeDone, [
            KeyBinding([.char("c"), .char("y")], "c", "copy the URL (OSC 52)", .copy, hint: true, short: "copy"),
            KeyBinding([.char("o")], "o", "open in the browser", .openInBrowser, hint: true, short: "browser"),
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll", .down),
            KeyBinding([KeyEvent(.enter)], "enter", "close and show Connections", .select, hint: true, short: "done"),
            KeyBinding([KeyEvent(.escape)], "esc", "close", .back, hint: true, short: "close"),
        ]),
        (.authorizePaste, [
            KeyBinding([KeyEvent(.enter)], "enter", "read id/error from the pasted address and finalize", .select, hint: true, short: "finalize"),
            KeyBinding([KeyEvent(.escape), KeyEvent(.tab)], "esc/tab", "leave the field", .back, hint: true, short: "back"),
        ]),
    ]

    static let modalCase = ModalCase<AuthorizeState>(embed: AppModal.authorize) {
        guard case .authorize(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext {
        if pasteFocused { return .authorizePaste }
        return connected != nil ? .authorizeDone : .authorize
    }

    var loadingLabel: String? { finalize.isLoading || wait == .finalizing ? "finalizing" : nil }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if pasteFocused {
            switch command {
            case .select: return finalizeFromPaste(app: &app)
            case .back: pasteFocused = false
            default: break
            }
            return []
        }
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
        case .nextField:
            if connected == nil { pasteFocused = true }
        case .toggleQR:
            showQR.toggle()
            scroll = 0
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .select:
            if connected != nil {
                disposition = .close
                app.focus = .connections
                return []
            }
            return startFinalize(app: &app)
        case .back where finalize.isLoading:
            // Finalizing in flight: esc cancels it and the step stays (a second esc leaves).
            finalize = .idle
            app.status.notice = "cancelled"
            return [.cancel(.finalize)]
        case .back:
            disposition = .close
            let listening = wait.isListening
            if connected == nil {
                app.status.notice = "connection \(ShortID.of(connectionID)) stays pending"
                    + (listening ? " (stopped listening for the browser)" : "")
                    + " — select it in Connections and press " + app.keys.key(.finalize, in: .connections) + " to finalize"
            }
            return stopListening()
        default:
            break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if pasteFocused, paste.handle(event) { message = nil }
        return []
    }

    /// POST /callback by hand (enter), unless one is in flight or the browser's return is being finalized.
    private mutating func startFinalize(app: inout AppState) -> [Effect] {
        if finalize.isLoading || wait == .finalizing { return [] }
        let generation = app.nextGeneration()
        finalize = .loading(generation: generation)
        message = nil
        return [.finalize(connectionID: connectionID, generation: generation)]
    }

    /// Reads `id`/`error` from the pasted address: another connection's address or a wrong
    /// `state` is refused; an error means denied; otherwise (or an empty field) it finalizes.
    private mutating func finalizeFromPaste(app: inout AppState) -> [Effect] {
        switch RedirectArrival.read(pasted: paste.text, expected: expectation) {
        case .failure(let refusal):
            message = "refused: \(refusal.reason)"
            messageIsError = true
            return []
        case .success(.denied(let error)):
            pasteFocused = false
            let effects = stopListening()
            wait = .denied(error)
            message = nil
            return effects
        case .success(.approved):
            pasteFocused = false
            return startFinalize(app: &app)
        }
    }

    /// Closes the loopback listener if it still runs (it belongs to the connect effect).
    private mutating func stopListening() -> [Effect] {
        guard wait.isListening else { return [] }
        wait = .closed
        return [.cancel(.connect)]
    }

    /// The answer to the finalize this step asked for (enter or a pasted address).
    mutating func finalized(_ result: Result<CallbackResult, LizaError>, app: inout AppState) -> [Effect] {
        switch result {
        case .success(let answer):
            finalize = .loaded
            return stopListening() + becameConnected(answer, app: &app)
        case .failure(let error):
            finalize = .failed(error)
            message = error.description
                + (error.kind == .validation ? " — approve in the browser first, then press \(app.keys.key(.select, in: .authorize))" : "")
            messageIsError = true
            return []
        }
    }

    /// What the loopback listener reported for the connect of `generation`.
    static func browserReturned(_ app: inout AppState, generation: Int, _ event: BrowserReturn) -> [Effect] {
        app.withModal(modalCase, where: { $0.listenGeneration == generation && $0.connected == nil }) { auth, app, _ in
            auth.browserReturned(event, app: &app)
        } ?? []
    }

    private mutating func browserReturned(_ event: BrowserReturn, app: inout AppState) -> [Effect] {
        switch event {
        case .waiting:
            if wait == .starting { wait = .waiting }
        case .couldNotListen(let reason):
            wait = .unavailable(reason)
        case .refused(let reason):
            message = "refused a return to liza: \(reason) — still waiting for the browser"
            messageIsError = true
        case .approved:
            if wait.isListening { wait = .finalizing }
        case .connected(let answer):
            wait = .closed
            var effects: [Effect] = []
            if finalize.isLoading {
                finalize = .loaded
                effects.append(.cancel(.finalize))
            }
            return effects + becameConnected(answer, app: &app)
        case .denied(let error):
            wait = .denied(error)
            message = nil
        case .failed(let error):
            wait = .closed
            finalize = .failed(error)
            message = "the browser came back but finalizing failed: \(error.description) — press \(app.keys.key(.select, in: .authorize)) to retry"
            messageIsError = true
        case .timedOut:
            wait = .timedOut
        }
        return []
    }

    /// The connection is finalized: say so, reload the Connections pane, and after a relink
    /// offer to delete the old connection once the new one is active (never before).
    private mutating func becameConnected(_ answer: CallbackResult, app: inout AppState) -> [Effect] {
        let connection = answer.connection ?? Connection(id: connectionID, integrationType: integrationType, status: "active")
        connected = connection
        pasteFocused = false
        showQR = false
        message = "connected: \(integrationType) \(connectionID) is active — \(app.keys.key(.select, in: .authorize)) closes"
        messageIsError = false
        if let old = relinkOf, old.id != connection.id {
            if connection.isPending {
                message = "the new connection is still pending; the old connection \(old.id) is kept until the new one is active"
            } else {
                app.present(ConfirmState(
                    title: "Delete the old connection",
                    message: "The new \(integrationType) connection \(connection.id) is active. Delete the old connection \(old.id)? This cannot be undone.",
                    confirmLabel: "delete", intent: .deleteConnection(id: old.id)))
            }
        }
        return AppUpdate.reloadConnections(&app)
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
}
