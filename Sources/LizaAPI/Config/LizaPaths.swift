import Foundation

/// Where liza keeps its files, following the XDG base directory spec.
///
/// - config: `$XDG_CONFIG_HOME/liza` (default `~/.config/liza`): `config.toml`, `credentials.toml`, `themes/`
/// - state: `$XDG_STATE_HOME/liza` (default `~/.local/state/liza`): history and logs
///
/// Built from an environment dictionary rather than read from the process, so tests can point
/// it at temporary directories without touching global state. XDG says relative values must be
/// ignored, so `XDG_CONFIG_HOME=foo` falls back to the default.
public struct LizaPaths: Hashable, Sendable {
    /// The user's home directory (from `HOME`, else the account database).
    public let homeDirectory: String
    /// `$XDG_CONFIG_HOME/liza`.
    public let configDirectory: String
    /// `$XDG_STATE_HOME/liza`: history, logs.
    public let stateDirectory: String

    public init(environment: [String: String]) {
        let home = Self.absolute(environment["HOME"]) ?? NSHomeDirectory()
        homeDirectory = home
        let configBase = Self.absolute(environment["XDG_CONFIG_HOME"]) ?? Self.join(home, ".config")
        let stateBase = Self.absolute(environment["XDG_STATE_HOME"]) ?? Self.join(home, ".local/state")
        configDirectory = Self.join(configBase, "liza")
        stateDirectory = Self.join(stateBase, "liza")
    }

    /// `<config>/config.toml`: profiles (base URL, theme) and the default profile.
    public var configFile: String { Self.join(configDirectory, "config.toml") }
    /// `<config>/credentials.toml`: tokens per profile, mode 0600.
    public var credentialsFile: String { Self.join(configDirectory, "credentials.toml") }
    /// `<config>/themes`: the user's own `*.toml` themes.
    public var themesDirectory: String { Self.join(configDirectory, "themes") }

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
