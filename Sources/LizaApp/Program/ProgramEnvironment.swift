import Foundation
import LizaAPI
import TUIKit

/// The shell's capabilities that are not the API: themes, the browser, starting the demo.
/// Closures so the `liza` executable can wire real ones and tests simple ones.
public struct ProgramEnvironment: Sendable {
    /// Loads a theme by name (the ThemeCatalog); the failure message is shown in the status bar.
    public var loadTheme: @Sendable (String) async -> Result<Theme, AppFailure>
    /// Opens a URL in a browser; returns how ("xdg-open") or why not.
    public var openURL: @Sendable (String) async -> Result<String, AppFailure>
    /// Starts the demo sandbox and returns the service to use and what the header shows.
    public var startDemo: (@Sendable () async -> Result<(any LizaService, SessionInfo), AppFailure>)?
    /// Stores the passthrough history of a profile; nil keeps it in memory only.
    public var saveHistory: (@Sendable (_ profile: String, [PassthroughHistoryEntry]) async -> Void)?
    /// Reads the stored passthrough history of a profile (when the session changes profile).
    public var loadHistory: (@Sendable (_ profile: String) async -> [PassthroughHistoryEntry])?
    /// Starts the loopback listener the browser returns to after authorizing (the shell passes
    /// `LoopbackRedirectListener.start`; LizaApp knows only the `RedirectListening` seam). Nil:
    /// no listener, the authorize step is finished by paste or by hand.
    public var startRedirectListener: RedirectListenerStarter?
    /// The local record store (the shell's `RecordStore`); nil: cache policy `off`, the Records
    /// pane keeps what it loads in memory.
    public var recordStore: (any RecordStoring)?
    /// Re-reads the settings for a profile: the service to use from now on and what changes.
    public var switchProfile: (@Sendable (_ name: String) async -> Result<(any LizaService, ProfileSwitch), AppFailure>)?

    /// Defaults: only the built-in theme, `BrowserOpener` for URLs, no demo, no stored history.
    public init(
        loadTheme: @escaping @Sendable (String) async -> Result<Theme, AppFailure> = { name in
            name == Theme.default.name ? .success(.default) : .failure(AppFailure("no theme named '\(name)'"))
        },
        openURL: @escaping @Sendable (String) async -> Result<String, AppFailure> = { url in await BrowserOpener.open(url) },
        startDemo: (@Sendable () async -> Result<(any LizaService, SessionInfo), AppFailure>)? = nil,
        saveHistory: (@Sendable (_ profile: String, [PassthroughHistoryEntry]) async -> Void)? = nil,
        loadHistory: (@Sendable (_ profile: String) async -> [PassthroughHistoryEntry])? = nil,
        startRedirectListener: RedirectListenerStarter? = nil,
        recordStore: (any RecordStoring)? = nil,
        switchProfile: (@Sendable (_ name: String) async -> Result<(any LizaService, ProfileSwitch), AppFailure>)? = nil
    ) {
        self.switchProfile = switchProfile
        self.recordStore = recordStore
        self.startRedirectListener = startRedirectListener
        self.saveHistory = saveHistory
        self.loadHistory = loadHistory
        self.loadTheme = loadTheme
        self.openURL = openURL
        self.startDemo = startDemo
    }
}
