import Foundation

/// Where liza keeps its files, following the XDG base directory spec.
///
/// - config: `$XDG_CONFIG_HOME/liza` (default `~/.config/liza`): `config.toml`, `credentials.toml`, `themes/`
/// - state: `$XDG_STATE_HOME/liza` (default `~/.local/state/liza`): history, `tui.log`, crash reports
/// - cache: `$XDG_CACHE_HOME/liza` (default `~/.cache/liza`)
///
/// The one XDG resolver: every file liza reads or writes is named here (the TUI's theme
/// catalog gets `themesDirectory` from it). The state and cache folders are private (0700);
/// `prepareStateDirectory()` / `prepareCacheDirectory()` create them so, and fix wider modes.
///
/// Built from an environment dictionary rather than read from the process, so tests can point
/// it at temporary directories without touching global state. XDG says relative values must be
/// ignored, so `XDG_CONFIG_HOME=foo` falls back to the default.
public struct LizaPaths: Hashable, Sendable {
    /// The user's home directory (from `HOME`, else the account database).
    public let homeDirectory: String
    /// `$XDG_CONFIG_HOME/liza`.
    public let configDirectory: String
    /// `$XDG_STATE_HOME/liza`: history, logs, crash reports.
    public let stateDirectory: String
    /// `$XDG_CACHE_HOME/liza`: anything liza can rebuild.
    public let cacheDirectory: String

    public init(environment: [String: String]) {
        let home = Self.absolute(environment["HOME"]) ?? NSHomeDirectory()
        homeDirectory = home
        let configBase = Self.absolute(environment["XDG_CONFIG_HOME"]) ?? Self.join(home, ".config")
        let stateBase = Self.absolute(environment["XDG_STATE_HOME"]) ?? Self.join(home, ".local/state")
        let cacheBase = Self.absolute(environment["XDG_CACHE_HOME"]) ?? Self.join(home, ".cache")
        configDirectory = Self.join(configBase, "liza")
        stateDirectory = Self.join(stateBase, "liza")
        cacheDirectory = Self.join(cacheBase, "liza")
    }

    /// `<config>/config.toml`: profiles (base URL, theme) and the default profile.
    public var configFile: String { Self.join(configDirectory, "config.toml") }
    /// `<config>/credentials.toml`: tokens per profile, mode 0600.
    public var credentialsFile: String { Self.join(configDirectory, "credentials.toml") }
    /// `<config>/themes`: the user's own `*.toml` themes.
    public var themesDirectory: String { Self.join(configDirectory, "themes") }
    /// `<state>/tui.log`: what the TUI's process wrote to stderr while curses owned the terminal.
    public var tuiLogFile: String { Self.join(stateDirectory, "tui.log") }

    /// `<state>/passthrough-history-<profile>.json`; characters other than letters, digits, `-`
    /// and `_` are dropped from the profile name, so it cannot name another folder.
    public func passthroughHistoryFile(profile: String) -> String {
        Self.join(stateDirectory, "passthrough-history-\(profile.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }).json")
    }

    /// `<state>/record-columns.json`: the Records table's column layouts (`C`, `<`/`>`), per
    /// connection and object type.
    public var columnLayoutsFile: String { Self.join(stateDirectory, "record-columns.json") }

    /// Creates the state folder (0700), or makes an existing one 0700; returns its path.
    @discardableResult
    public func prepareStateDirectory() throws(PrivateFileError) -> String {
        try PrivateFile.makeDirectory(stateDirectory)
        return stateDirectory
    }

    /// Creates the cache folder (0700), or makes an existing one 0700; returns its path.
    @discardableResult
    public func prepareCacheDirectory() throws(PrivateFileError) -> String {
        try PrivateFile.makeDirectory(cacheDirectory)
        return cacheDirectory
    }

    /// `path` with the home directory shown as `~`, for messages.
    public func abbreviated(_ path: String) -> String {
        let home = homeDirectory.hasSuffix("/") ? String(homeDirectory.dropLast()) : homeDirectory
        guard !home.isEmpty, home != "/" else { return path }
        if path == home { return "~" }
        if path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }

    private static func absolute(_ value: String?) -> String? {
        guard let value, value.hasPrefix("/") else { return nil }
        return value
    }

    private static func join(_ base: String, _ component: String) -> String {
        base.hasSuffix("/") ? base + component : base + "/" + component
    }
}
