/// The settings liza runs with, after flags, environment, config and credentials are combined
/// (see `SettingsResolver`).
public struct ResolvedSettings: Sendable {
    /// The API base URL, parsed and checked once here (https, or http on a loopback host).
    public var baseURL: BaseURL
    /// The bearer token, or nil when none was found. Never print it: use `redactedToken`.
    public var token: String?
    public var tokenSource: TokenSource
    /// The profile name in effect (`default` when none is chosen).
    public var profile: String
    /// The theme name from the profile (or `LIZA_THEME`), if any.
    public var theme: String?
    /// False when config.toml says `hyperlinks = false` (no OSC 8 links).
    public var hyperlinks: Bool = true
    /// The profile's record store policy (`cache`; default `session`).
    public var cache: CachePolicy = .default
    /// Seconds after which a records sync reads everything again (`full_sync_after`; default 24 h).
    public var fullSyncAfter: Int = 86_400
    /// Problems in the config or credentials files, each a line for the user (`file:line: …`).
    public var warnings: [String]
    /// Where `profile` came from.
    public var profileSource: SettingSource
    /// Where `baseURL` came from.
    public var baseURLSource: SettingSource
    /// The files and directories the settings were read from.
    public var paths: LizaPaths?
    /// Seconds for one API call (see `TimeoutSetting`), already range-checked.
    public var timeout: Int
    /// Where `timeout` came from.
    public var timeoutSource: SettingSource
    /// `[keys.CONTEXT]` remapping from `config.toml` (the TUI checks and applies it).
    public var keyAssignments: [KeyAssignment] = []
    /// Whether the TUI turns on mouse reporting (`mouse = false` in `config.toml` turns it off).
    public var mouse = true
    /// The proxy for requests to `baseURL`, and why.
    public var proxy: ProxyDecision = ProxyDecision(proxy: nil, reason: "no proxy variable is set")
    /// Extra trusted roots, or nil for the system's only.
    public var caBundle: CABundle?
    /// Where the request log was switched on (`--verbose`, `LIZA_DEBUG`), or nil when it is off.
    public var debugLogSource: String?
    /// Why writes are refused (`profile 'work' is read-only`, `read-only (--read-only)`), or nil
    /// when they are allowed. See `ReadOnlyMode`.
    public var readOnly: String?

    public init(baseURL: BaseURL, token: String?, tokenSource: TokenSource, profile: String, theme: String? = nil,
                warnings: [String] = [], profileSource: SettingSource = .builtIn, baseURLSource: SettingSource = .builtIn,
                paths: LizaPaths? = nil, timeout: Int = TimeoutSetting.defaultSeconds, timeoutSource: SettingSource = .builtIn) {
        self.timeout = timeout
        self.timeoutSource = timeoutSource
        self.baseURL = baseURL
        self.token = token
        self.tokenSource = tokenSource
        self.profile = profile
        self.theme = theme
        self.warnings = warnings
        self.profileSource = profileSource
        self.baseURLSource = baseURLSource
        self.paths = paths
    }

    /// The token shown safely (e.g. `…a1b2`), or nil when there is none.
    public var redactedToken: String? { token.map(Redaction.redactedToken) }
}

extension ResolvedSettings: CustomStringConvertible {
    /// A summary that never includes the token itself.
    public var description: String {
        "ResolvedSettings(profile: \(profile), baseURL: \(baseURL), token: \(redactedToken ?? "none") from \(tokenSource))"
    }
}
