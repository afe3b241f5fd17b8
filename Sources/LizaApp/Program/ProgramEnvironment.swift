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
        switchProfile: (@Sendable (_ name: String) async -> Result<(any LizaService, ProfileSwitch), AppFailure>)? = nil
    ) {
        self.switchProfile = switchProfile
        self.saveHistory = saveHistory
        self.loadHistory = loadHistory
        self.loadTheme = loadTheme
        self.openURL = openURL
        self.startDemo = startDemo
    }
}
