/// What the terminal can show. Colours in a theme are downgraded to this before painting.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
    /// `NO_COLOR` or a monochrome terminal: attributes only.
    case none = 0
    case ansi16
    case palette256
    case truecolor

    public static func < (a: ColorCapability, b: ColorCapability) -> Bool { a.rawValue < b.rawValue }
}
