/// Why a tmux-driven end-to-end step failed.
public enum TmuxError: Error, CustomStringConvertible, Sendable {
    /// `tmux` is not on PATH (CI installs it: `apt-get install -y tmux`).
    case tmuxNotInstalled
    /// A tmux command exited with a failure.
    case commandFailed(arguments: [String], status: Int32, output: String)
    /// A wait ran past its deadline; `screen` is the last capture, for the failure message.
    case timedOut(waitingFor: String, screen: String)

    public var description: String {
        switch self {
        case .tmuxNotInstalled:
            return "tmux is not installed or not on PATH; the end-to-end tests need it (apt-get install -y tmux)"
        case .commandFailed(let arguments, let status, let output):
            return "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
        case .timedOut(let what, let screen):
            return "timed out waiting for \(what); last screen:\n\(screen)"
        }
    }
}
