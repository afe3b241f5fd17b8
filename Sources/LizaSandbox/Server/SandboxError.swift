/// Why a sandbox could not start.
public enum SandboxError: Error, CustomStringConvertible, Sendable {
    /// The options are unusable; the text names the flag.
    case invalidOptions(String)
    /// The log file could not be created or opened.
    case logFile(String)
    /// The server stopped before it was listening (e.g. the port is taken).
    case couldNotListen(String)

    public var description: String {
        switch self {
        case .invalidOptions(let m): return m
        case .logFile(let p): return "cannot open log file \(p)"
        case .couldNotListen(let m): return "the sandbox could not listen: \(m)"
        }
    }
}
