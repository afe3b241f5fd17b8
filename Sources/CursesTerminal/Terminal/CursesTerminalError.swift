/// Why the terminal could not be taken over.
public enum CursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run without a tty).
    case notATerminal
    /// ncurses could not start for this terminal type (unset or unknown `TERM`).
    case unsupportedTerminal(term: String?)
    /// A system call needed by the terminal loop failed.
    case system(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal for the interactive interface"
        case .unsupportedTerminal(let term):
            if let term, !term.isEmpty { return "cannot use terminal type '\(term)' (check TERM and the terminfo database)" }
            return "TERM is not set, so the terminal type is unknown"
        case .system(let call, let errno):
            return "\(call) failed (errno \(errno))"
        }
    }
}
