/// A key press with its modifiers.
public struct KeyEvent: Hashable, Sendable {
    public var key: Key
    public var modifiers: KeyModifiers

    public init(_ key: Key, modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character key, e.g. `.char("q")`.
    public static func char(_ c: Character) -> KeyEvent { KeyEvent(.char(c)) }
    /// Ctrl plus a lowercase letter, e.g. `.ctrl("c")`.
    public static func ctrl(_ c: Character) -> KeyEvent { KeyEvent(.char(c), modifiers: .ctrl) }
    /// Alt (Meta) plus a character.
    public static func alt(_ c: Character) -> KeyEvent { KeyEvent(.char(c), modifiers: .alt) }
}
