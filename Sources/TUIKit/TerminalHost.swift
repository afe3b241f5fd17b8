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
}
