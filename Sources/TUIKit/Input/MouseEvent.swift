/// A mouse report from the terminal (SGR 1006 encoding), in cell coordinates from the top-left
/// corner (0-based).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A button went down (`clickCount` 2 for a double click).
        case press(MouseButton)
        /// A button went up.
        case release(MouseButton)
        /// The pointer moved with a button held.
        case drag(MouseButton)
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var position: Point
    public var modifiers: KeyModifiers
    /// 1 for a single press, 2 for a second press at the same place soon after (set by the terminal).
    public var clickCount: Int

    public init(_ kind: Kind, at position: Point, modifiers: KeyModifiers = [], clickCount: Int = 1) {
        self.kind = kind
        self.position = position
        self.modifiers = modifiers
        self.clickCount = clickCount
    }
}

/// The buttons a mouse report names.
public enum MouseButton: Hashable, Sendable {
    case left, middle, right
}
