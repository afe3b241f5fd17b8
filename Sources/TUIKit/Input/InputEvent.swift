/// What the terminal delivers to the program loop.
public enum InputEvent: Hashable, Sendable {
    case key(KeyEvent)
    /// The terminal now has this size; redraw everything.
    case resize(Size)
}
