import Foundation
import LizaAPI
import TUIKit

/// The app's single state transition: `update(&state, action) -> [Effect]`. Pure: no clock, no
/// I/O; effects describe the work and come back as actions.
enum AppUpdate {
    /// The effects to run when the program starts (loading the two lists).
    static func start(_ state: inout AppState) -> [Effect] {
        guard case .main = state.screen else { return [] }
        var effects = reloadIntegrations(&state) + reloadConnections(&state)
        scheduleTickIfNeeded(&state, &effects)
        return effects
    }

    /// Applies `action` to `state` and returns the effects to run.
    static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects = ReadOnlyGate.refuseWrites(&state, dispatch(&state, action), dispatch: dispatch)
        // The Records pane on the record store reads the window it now shows (filter, sort,
        // scroll, resize or a sync changed it); nothing when it holds it already.
        effects += RecordsUpdate.storeWindowEffects(&state)
        scheduleTickIfNeeded(&state, &effects)
        return effects
    }

    static func scheduleTickIfNeeded(_ state: inout AppState, _ effects: inout [Effect]) {
        if state.needsTicks && !state.tickScheduled && !state.quitRequested {
            state.tickScheduled = true
            effects.append(.scheduleTick)
        }
    }

    private static func dispatch(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let event):
            return handleKey(&state, event)
        case .mouse(let event):
            return MouseUpdate.handle(&state, event)
        case .resize(let size):
            state.size = size
            return []
        case .laidOut(let viewport):
            laidOut(&state, viewport)
            return []
        case .command(let command):
            return perform(&state, command, in: state.keyContext)
        case .tick(let elapsed):
            state.tickScheduled = false
            if state.loadingLabel != nil { state.status.spinnerFrame &+= 1 }
            if let r = state.status.rateLimitRemaining {
                let left = r - elapsed
                state.status.rateLimitRemaining = left > 0 ? left : nil
            }
            return []
        case .client(let event):
            switch event {
            case .rateLimited(let seconds, let attempt):
                state.status.rateLimitRemaining = seconds
                state.status.rateLimitAttempt = attempt
            case .retrying(let seconds, let attempt, let reason):
                state.status.notice = "retrying in \(formatSeconds(seconds)) (attempt \(attempt)): \(reason)"
            }
            return []
        case .terminalClosed:
            state.quitRequested = true
            return []
        case .answered(let answer):
            if answer.isResponse { clearRateLimit(&state) }
            return answer.apply(&state)
        case .profileSwitched(let name, let result):
            return ProfileSwitch.apply(&state, name: name, result)
        case .pagerClosed(let result):
            if case .failure(let failure) = result { state.status.error = failure.message }
            return []
        case .bodyEdited(let generation, let result):
            return PassthroughState.bodyEdited(&state, generation: generation, result)
        case .jqFiltered(let generation, let result):
            return JQFilterState.filtered(&state, generation: generation, result)
        case .themeLoaded(let name, let result):
            switch result {
            case .success(let theme):
                state.theme = theme
                state.status.notice = "theme \(theme.name)"
            case .failure(let f):
                state.status.error = "Theme '\(name)': \(f.message) (keeping \(state.theme.name))"
            }
            return []
        case .browserOpened(let result):
            return AuthorizeState.browserOpened(&state, result)
        case .demoStarted(let result):
            return WelcomeUpdate.demoStarted(&state, result)
        case .historyLoaded(let profile, let entries):
            // Only the history of the profile the header names (a late answer for another is dropped).
            if profile == state.session.profile { state.passthroughHistory = entries }
            return []
        case .openRecords(let id, let category, let objectType):
            guard let c = state.connections.find(id) else {
                if case .failed(let e) = state.connections.load {
                    state.status.error = "Cannot open '\(id)': the connections did not load (\(e.description)); "
                        + "\(state.keys.key(.refresh, in: .connections)) in Connections retries"
                } else {
                    state.status.error = "No connection '\(id)' (use an id, an id prefix or an integration type)"
                }
                return []
            }
            return RecordsUpdate.open(&state, connection: c, category: category, objectType: objectType)
        }
    }

    // MARK: - Keys

    static func handleKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        let context = state.keyContext
        // F1 and ctrl-c work everywhere, also while typing in a form (where `?` and `q` are text).
        switch state.keys.command(for: event, in: .always) {
        case .quit?:
            state.quitRequested = true
            return []
        case .help?:
            if context != .help { state.present(HelpState(context: context)) }
            return []
        default:
            break
        }
        if let command = state.keys.command(for: event, in: context) {
            return perform(&state, command, in: context)
        }
        if context.isTextEntry { return text(&state, event, in: context) }
        return []
    }

    /// Runs a command in the context it was issued in; pane commands that a pane does not
    /// handle fall through to the global ones.
    static func perform(_ state: inout AppState, _ command: Command, in context: KeyContext) -> [Effect] {
        if let reason = state.keys.refusal(command, in: context) {
            let what = state.keys.binding(command, in: context)?.label ?? command.configName
            state.status.error = "\(reason): \(what) is off"
            return []
        }
        switch context {
        case .global: return GlobalUpdate.perform(&state, command)
        case .welcome: return WelcomeUpdate.perform(&state, command)
        case .integrations: return IntegrationsUpdate.perform(&state, command) ?? GlobalUpdate.perform(&state, command)
        case .connections: return ConnectionsUpdate.perform(&state, command) ?? GlobalUpdate.perform(&state, command)
        case .records: return RecordsUpdate.perform(&state, command) ?? GlobalUpdate.perform(&state, command)
        case .filter: return FilterUpdate.perform(&state, command)
        default: return state.performOnTopModal(command)
        }
    }

    /// A key that no binding claimed, in a context where keys are text.
    static func text(_ state: inout AppState, _ event: KeyEvent, in context: KeyContext) -> [Effect] {
        if context == .filter { return FilterUpdate.text(&state, event) }
        return state.typeIntoTopModal(event)
    }

    // MARK: - Shared helpers

    static func reloadIntegrations(_ state: inout AppState) -> [Effect] {
        let generation = state.nextGeneration()
        state.integrations.load = .loading(generation: generation)
        return [.loadIntegrations(generation: generation)]
    }

    static func reloadConnections(_ state: inout AppState) -> [Effect] {
        let generation = state.nextGeneration()
        state.connections.load = .loading(generation: generation)
        return [.loadConnections(generation: generation)]
    }

    static func clearRateLimit(_ state: inout AppState) {
        state.status.rateLimitRemaining = nil
    }

    /// The program laid the state out: remember where everything is, give each pane shown the
    /// number of rows its table has (its selection stays visible; a pane not shown keeps the rows it
    /// last had), and each modal its frame and areas.
    static func laidOut(_ state: inout AppState, _ viewport: Viewport) {
        state.viewport = viewport
        for (pane, area) in viewport.panes {
            state.withList(pane) { $0.laidOut(rows: area.rows.height) }
        }
        state.layOutModals(viewport.modals)
    }

    /// A user-facing message for an API error, prefixed with what was being done.
    static func describe(_ error: LizaError, doing: String) -> String {
        "\(doing) failed: \(error.description)"
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds < 10 ? String(format: "%.1fs", seconds) : "\(Int(seconds.rounded()))s"
    }
}
