/// The seam between the program loop and a real terminal (curses) or an in-memory one (tests).
public protocol TerminalHost: Sendable {
    /// Current size in cells.
    var size: Size { get }
    /// What colours the terminal can show (already accounts for `NO_COLOR`).
    var colorCapability: ColorCapability { get }
    /// Input and resize events, in order. Finishes when the terminal shuts down.
    var events: AsyncStream<InputEvent> { get }
    /// Shows a frame. Callable from any thread; only the latest frame is painted.
    func present(_ buffer: Buffer)
    /// Puts `text` on the system clipboard with OSC 52 (works over SSH and in tmux).
    func copyToClipboard(_ text: String)
    /// Restores the terminal; safe to call more than once.
    func shutdown()
    /// Leaves the screen to `argv` (a pager, an editor) until it exits, then takes the terminal
    /// back and repaints: the program's exit status, or why it could not run.
    func runForeground(_ argv: [String]) async -> Result<Int32, ForegroundFailure>
}

/// Why a program could not be given the terminal.
public struct ForegroundFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension TerminalHost {
    /// Terminals that cannot hand the screen over (tests' in-memory ones) say so.
    public func runForeground(_ argv: [String]) async -> Result<Int32, ForegroundFailure> {
        .failure(ForegroundFailure("this terminal cannot run \(argv.first ?? "a program")"))
    }
}
