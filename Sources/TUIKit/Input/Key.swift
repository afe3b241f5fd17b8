/// A key, independent of modifiers. Printable input is `.char`.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, tab, backTab, escape
    /// F1…F24.
    case function(Int)
}
