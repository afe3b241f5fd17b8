/// Where the token in use came from, for `liza status` and error hints. Never holds the token.
public enum TokenSource: Sendable, Equatable, CustomStringConvertible {
    /// `--token`.
    case flag
    /// `LIZA_TOKEN`.
    case environment
    /// The profile's entry in `credentials.toml` at `path`.
    case credentialsFile(path: String)
    /// No token anywhere.
    case none

    public var description: String {
        switch self {
        case .flag: return "--token"
        case .environment: return "LIZA_TOKEN"
        case .credentialsFile(let path): return "credentials file \(path)"
        case .none: return "none"
        }
    }

    /// Like `description`, with the home directory shown as `~`.
    public func description(paths: LizaPaths) -> String {
        if case .credentialsFile(let path) = self { return "credentials file \(paths.abbreviated(path))" }
        return description
    }
}
