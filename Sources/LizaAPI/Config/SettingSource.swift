/// Where a setting other than the token (profile, base URL, theme) came from.
public enum SettingSource: Hashable, Sendable, CustomStringConvertible {
    /// A command-line flag, e.g. `--profile`.
    case flag(String)
    /// An environment variable, e.g. `LIZA_PROFILE`.
    case environment(String)
    /// `config.toml` (the profile's table, or `default_profile`).
    case configFile
    /// Built in.
    case builtIn

    public var description: String {
        switch self {
        case .flag(let name): return name
        case .environment(let name): return name
        case .configFile: return "config.toml"
        case .builtIn: return "built-in default"
        }
    }
}
