/// One `[profiles.NAME]` table of `config.toml`.
public struct ProfileConfig: Hashable, Sendable {
    /// The API base URL for this profile, e.g. `https://api.eu.liza.app/api`.
    public var baseURL: String?
    /// The TUI theme name for this profile.
    public var theme: String?
    /// `timeout = N`: seconds for one API call (range-checked when settings are resolved).
    public var timeout: Int?
    /// The line of `timeout` in the file, for messages.
    public var timeoutLine: Int?
    /// The proxy URL for this profile (beats `HTTPS_PROXY` & co.; "" means no proxy).
    public var proxy: String?
    /// A PEM file of extra trusted roots (`ca_bundle`).
    public var caBundle: String?
    /// `hyperlinks = false` turns off OSC 8 links for this profile (overrides the top level).
    public var hyperlinks: Bool?
    /// `cache = "session" | "persist" | "off"`: what happens to this profile's record store.
    public var cache: CachePolicy?
    /// `full_sync_after`: seconds after which a sync reads everything again (finds deletions).
    public var fullSyncAfter: Int?
    /// `read_only = true`: every write (connect, callback, delete, a passthrough other than GET
    /// or HEAD) is refused before anything is sent.
    public var readOnly: Bool?

    public init(baseURL: String? = nil, theme: String? = nil, timeout: Int? = nil, timeoutLine: Int? = nil,
                proxy: String? = nil, caBundle: String? = nil, hyperlinks: Bool? = nil) {
        self.baseURL = baseURL
        self.theme = theme
        self.timeout = timeout
        self.timeoutLine = timeoutLine
        self.proxy = proxy
        self.caBundle = caBundle
        self.hyperlinks = hyperlinks
    }
}
