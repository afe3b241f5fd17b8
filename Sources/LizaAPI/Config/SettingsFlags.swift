/// The settings given on the command line; nil means "not given".
public struct SettingsFlags: Hashable, Sendable {
    /// `--base-url`.
    public var baseURL: String?
    /// `--token` (discouraged: visible in the process list).
    public var token: String?
    /// `--profile`.
    public var profile: String?
    /// `--timeout SECONDS`.
    public var timeout: Int?
    /// `--verbose`: log every request and response (headers, never secrets) to stderr.
    public var verbose: Bool
    /// `--read-only`: refuse every write before anything is sent.
    public var readOnly: Bool

    public init(baseURL: String? = nil, token: String? = nil, profile: String? = nil, timeout: Int? = nil,
                verbose: Bool = false, readOnly: Bool = false) {
        self.readOnly = readOnly
        self.baseURL = baseURL
        self.token = token
        self.profile = profile
        self.timeout = timeout
        self.verbose = verbose
    }
}
