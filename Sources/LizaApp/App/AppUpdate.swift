import Foundation
import LizaAPI
import TUIKit

/// The app's single state transition: `update(&state, action) -> [Effect]`. Pure: no clock, no
/// I/O; effects describe the work and come back as actions.
enum AppUpdate {
    /// The effects to run when the program starts (loading the two lists).
    static func start(_ s: inout AppState) -> [Effect] {
        guard case .main = s.screen else { return [] }
        var fx = reloadIntegrations(&s) + reloadConnections(&s)
        scheduleTickIfNeeded(&s, &fx)
        return fx
    }

    /// Applies `action` to `state` and returns the effects to run.
    static func update(_ s: inout AppState, _ action: Action) -> [Effect] {
        var fx = dispatch(&s, action)
        scheduleTickIfNeeded(&s, &fx)
        return fx
    }

    static func scheduleTickIfNeeded(_ s: inout AppState, _ fx: inout [Effect]) {
        if s.needsTicks && !s.tickScheduled && !s.quitRequested {
            s.tickScheduled = true
            fx.append(.scheduleTick)
        }
    }

    private static func dispatch(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let event):
            return handleKey(&s, event)
        case .resize(let size):
            s.size = size
            clampAllCursors(&s)
            return []
        case .command(let command):
            return perform(&s, command, in: s.keyContext)
        case .tick(let elapsed):
            s.tickScheduled = false
            if s.loadingLabel != nil { s.status.spinnerFrame &+= 1 }
            if let r = s.status.rateLimitRemaining {
                let left = r - elapsed
                s.status.rateLimitRemaining = left > 0 ? left : nil
            }
            return []
        case .client(let event):
            switch event {
            case .rateLimited(let seconds, let attempt):
                s.status.rateLimitRemaining = seconds
                s.status.rateLimitAttempt = attempt
            case .retrying(let seconds, let attempt, let reason):
                s.status.notice = "retrying in \(formatSeconds(seconds)) (attempt \(attempt)): \(reason)"
            }
            return []
        case .terminalClosed:
            s.quitRequested = true
            return []
        case .integrationsLoaded(let g, let result):
            clearRateLimit(&s)
            let fx = IntegrationsUpdate.loaded(&s, generation: g, result)
            return fx + PaletteUpdate.runPending(&s)
        case .connectionsLoaded(let g, let result):
            clearRateLimit(&s)
            let fx = ConnectionsUpdate.loaded(&s, generation: g, result)
            return fx + PaletteUpdate.runPending(&s)
        case .connectionDeleted(let id, let g, let result):
            clearRateLimit(&s)
            return ConnectionsUpdate.deleted(&s, id: id, generation: g, result)
        case .connected(let g, let result):
            clearRateLimit(&s)
            return ConnectUpdate.connected(&s, generation: g, result)
        case .finalized(let g, let result):
            clearRateLimit(&s)
            return CallbackUpdate.finalized(&s, generation: g, result)
        case .recordsLoaded(let g, let result):
            clearRateLimit(&s)
            return RecordsUpdate.loaded(&s, generation: g, result)
        case .loadAllPage(let g, let page):
            clearRateLimit(&s)
            return RecordsUpdate.loadAllPage(&s, generation: g, page)
        case .loadAllFinished(let g, let result):
            return RecordsUpdate.loadAllFinished(&s, generation: g, result)
        case .lookedUp(let g, let result):
            clearRateLimit(&s)
            return RecordsUpdate.lookedUp(&s, generation: g, result)
        case .passthroughAnswered(let g, let result):
            clearRateLimit(&s)
            return PassthroughUpdate.answered(&s, generation: g, result)
        case .themeLoaded(let name, let result):
            switch result {
            case .success(let theme):
                s.theme = theme
                s.status.notice = "theme \(theme.name)"
            case .failure(let f):
                s.status.error = "Theme '\(name)': \(f.message) (keeping \(s.theme.name))"
            }
            return []
        case .browserOpened(let result):
            return ConnectUpdate.browserOpened(&s, result)
        case .demoStarted(let result):
            return WelcomeUpdate.demoStarted(&s, result)
        case .historyLoaded(let profile, let entries):
            // Only the history of the profile the header names (a late answer for another is dropped).
            if profile == s.session.profile { s.passthroughHistory = entries }
            return []
        case .openRecords(let id, let category, let objectType):
            guard let c = s.connections.find(id) else {
                if case .failed(let e) = s.connections.load {
                    s.status.error = "Cannot open '\(id)': the connections did not load (\(e.description)); r in Connections retries"
                } else {
                    s.status.error = "No connection '\(id)' (use an id, an id prefix or an integration type)"
                }
                return []
            }
            return RecordsUpdate.open(&s, connection: c, category: category, objectType: objectType)
        }
    }

    // MARK: - Keys

    static func handleKey(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        if event == .ctrl("c") {
            s.quitRequested = true
            return []
        }
        let context = s.keyContext
        // F1 opens help from anywhere, also while typing in a form (where `?` is text).
        if event.key == .function(1), context != .help {
            s.push(.help(HelpState(context: context)))
            return []
        }
        if let command = AppKeymap.default.action(for: event, in: context.keymapContexts) {
            return perform(&s, command, in: context)
        }
        if context.isTextEntry { return text(&s, event, in: context) }
        return []
    }

    /// Runs a command in the context it was issued in; pane commands that a pane does not
    /// handle fall through to the global ones.
    static func perform(_ s: inout AppState, _ command: Command, in context: KeyContext) -> [Effect] {
        switch context {
        case .global: return GlobalUpdate.perform(&s, command)
        case .welcome: return WelcomeUpdate.perform(&s, command)
        case .integrations: return IntegrationsUpdate.perform(&s, command) ?? GlobalUpdate.perform(&s, command)
        case .connections: return ConnectionsUpdate.perform(&s, command) ?? GlobalUpdate.perform(&s, command)
        case .records: return RecordsUpdate.perform(&s, command) ?? GlobalUpdate.perform(&s, command)
        case .filter: return FilterUpdate.perform(&s, command)
        case .document, .search:
            if case .passthrough = s.modals.last { return PassthroughUpdate.perform(&s, command) }
            return DocumentUpdate.perform(&s, command)
        case .help: return HelpUpdate.perform(&s, command)
        case .palette: return PaletteUpdate.perform(&s, command)
        case .confirm: return ConfirmUpdate.perform(&s, command)
        case .message: return MessageUpdate.perform(&s, command)
        case .connectForm, .authorize: return ConnectUpdate.perform(&s, command)
        case .callbackForm: return CallbackUpdate.perform(&s, command)
        case .passthrough, .passthroughResponse: return PassthroughUpdate.perform(&s, command)
        case .objectPicker, .queryForm, .lookupForm: return RecordsFormsUpdate.perform(&s, command)
        }
    }

    /// A key that no binding claimed, in a context where keys are text.
    static func text(_ s: inout AppState, _ event: KeyEvent, in context: KeyContext) -> [Effect] {
        switch context {
        case .filter: return FilterUpdate.text(&s, event)
        case .search:
            if case .passthrough = s.modals.last { return PassthroughUpdate.text(&s, event) }
            return DocumentUpdate.text(&s, event)
        case .palette: return PaletteUpdate.text(&s, event)
        case .connectForm: return ConnectUpdate.text(&s, event)
        case .callbackForm: return CallbackUpdate.text(&s, event)
        case .passthrough: return PassthroughUpdate.text(&s, event)
        case .objectPicker, .queryForm, .lookupForm: return RecordsFormsUpdate.text(&s, event)
        default: return []
        }
    }

    // MARK: - Shared helpers

    static func reloadIntegrations(_ s: inout AppState) -> [Effect] {
        let g = s.nextGeneration()
        s.integrations.load = .loading(generation: g)
        return [.loadIntegrations(generation: g)]
    }

    static func reloadConnections(_ s: inout AppState) -> [Effect] {
        let g = s.nextGeneration()
        s.connections.load = .loading(generation: g)
        return [.loadConnections(generation: g)]
    }

    static func clearRateLimit(_ s: inout AppState) {
        s.status.rateLimitRemaining = nil
    }

    /// Applies a movement command to a cursor; false when `command` is not a movement.
    static func move(_ cursor: inout ListCursor, _ command: Command, count: Int, page: Int) -> Bool {
        switch command {
        case .up: cursor.move(by: -1, count: count, page: page)
        case .down: cursor.move(by: 1, count: count, page: page)
        case .top: cursor.toTop(count: count, page: page)
        case .bottom: cursor.toBottom(count: count, page: page)
        case .pageUp: cursor.move(by: -max(1, page - 1), count: count, page: page)
        case .pageDown: cursor.move(by: max(1, page - 1), count: count, page: page)
        default: return false
        }
        return true
    }

    /// After a resize or a list change, keeps every cursor in range and visible.
    static func clampAllCursors(_ s: inout AppState) {
        let plan = LayoutPlan(size: s.size, focus: s.focus)
        s.integrations.cursor.clamp(count: s.integrations.visible.count, page: plan.listRows(.integrations))
        s.connections.cursor.clamp(count: s.connections.visible.count, page: plan.listRows(.connections))
        s.records.cursor.clamp(count: s.records.visible.count, page: plan.listRows(.records))
    }

    /// A user-facing message for an API error, prefixed with what was being done.
    static func describe(_ error: LizaError, doing: String) -> String {
        "\(doing) failed: \(error.description)"
    }

    static func formatSeconds(_ s: Double) -> String {
        s < 10 ? String(format: "%.1fs", s) : "\(Int(s.rounded()))s"
    }
}
