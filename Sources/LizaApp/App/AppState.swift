import Foundation
import LizaAPI
import TUIKit

/// Everything the TUI shows. Owned by the program loop; changed only by `AppUpdate.update`.
public struct AppState: Hashable, Sendable {
    /// The terminal size the state was laid out for.
    public var size: Size
    /// The theme in use (`:theme` changes it live).
    public var theme: Theme
    /// Names `:theme` completes.
    public var themeNames: [String]
    /// Names `:profile` completes (the profiles in config.toml).
    public var profileNames: [String] = []
    /// What the header says about the API in use.
    public var session: SessionInfo
    /// Welcome page or panes.
    public var screen: Screen
    var focus: Pane = .integrations
    var integrations = IntegrationsState()
    var connections = ConnectionsState()
    var records = RecordsState()
    var modals: [AppModal] = []
    /// Where everything was on screen when the state was last laid out (recorded by the program
    /// after each update; update reads it, never the views).
    var viewport = Viewport()
    /// The key bindings in effect (the defaults with the user's remapping), with the commands
    /// read-only mode switches off right now (`ReadOnlyGate`), so every hint, footer and help
    /// line drawn from them shows those as disabled.
    public var keys: AppKeys {
        get {
            var keys = boundKeys
            keys.refusal = ReadOnlyGate.refusal(in: self)
            return keys
        }
        set { boundKeys = newValue }
    }
    /// The bindings as configured (see `keys`).
    var boundKeys = AppKeys.default
    /// False when `mouse = false` in config.toml: mouse reports are ignored (and not asked for).
    public var mouseEnabled = true
    /// False when the locale is not UTF-8: the authorize step's QR code (half blocks) is not drawn.
    public var terminalIsUTF8 = true
    /// Error, notice and rate-limit wait for the status bar.
    public var status = StatusState()
    /// Passthrough requests sent this session, newest last (at most `historyLimit`).
    public var passthroughHistory: [PassthroughHistoryEntry] = []
    /// What was typed in a closed passthrough form, per connection id, restored by `p`.
    var passthroughDrafts: [String: PassthroughState] = [:]
    /// A palette command waiting for the list it resolves names in (`:records ID …` typed while
    /// the connections still load); it runs when the list arrives, `esc` drops it.
    var pendingCommand: PaletteCommand?
    /// The last generation handed out; every request gets the next one.
    var generation = 0
    /// True while a tick effect is pending (so at most one is ever scheduled).
    var tickScheduled = false
    /// Set by `q`/`ctrl-c`; the program loop then ends.
    public var quitRequested = false

    /// How many passthrough requests the history keeps.
    public static let historyLimit = 50

    /// A state before anything is loaded (`AppUpdate.start` asks for the lists).
    public init(size: Size, session: SessionInfo, theme: Theme = .default, themeNames: [String] = [], screen: Screen = .main) {
        self.size = size
        self.session = session
        self.theme = theme
        self.themeNames = themeNames
        self.screen = screen
    }

    /// A fresh generation number for a request.
    mutating func nextGeneration() -> Int {
        generation += 1
        return generation
    }

    /// Where keys go right now.
    var keyContext: KeyContext {
        if case .welcome = screen { return .welcome }
        if let top = modals.last { return top.keyContext }
        return list(focus).isFiltering ? .filter : focus.keyContext
    }

    /// What is loading, in words, for the spinner ("loading contacts"); nil when idle.
    var loadingLabel: String? {
        if case .welcome(let w) = screen, w.startingDemo { return "starting the demo sandbox" }
        if let pending = pendingCommand, let list = PaletteState.awaitedList(pending, in: self) { return "waiting for \(list)" }
        for modal in modals.reversed() {
            if let label = modal.component.loadingLabel { return label }
        }
        if let p = records.syncing { return "syncing \(records.objectType)s (\(p.loaded))" }
        if let p = records.loadingAll {
            return "loading all \(records.objectType)s (\(p.loaded)" + (p.total.map { "/\($0)" } ?? "") + ")"
        }
        if records.load.isLoading { return "loading \(records.objectType)s" }
        if connections.deleting.isLoading { return "deleting connection" }
        if connections.load.isLoading { return "loading connections" }
        if integrations.load.isLoading { return "loading integrations" }
        return nil
    }

    /// True when a tick is needed: a spinner turns or a rate-limit countdown runs.
    var needsTicks: Bool { loadingLabel != nil || status.rateLimitRemaining != nil }
}
