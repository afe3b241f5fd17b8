/// What the terminal delivers to the program loop.
public enum InputEvent: Hashable, Sendable {
    case key(KeyEvent)
    /// A click, wheel turn or drag (only when the terminal was asked for mouse reports).
    case mouse(MouseEvent)
    /// The terminal now has this size; redraw everything.
    case resize(Size)
}
