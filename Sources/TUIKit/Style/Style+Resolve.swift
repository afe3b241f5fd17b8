/// Fitting styles to the terminal, and writing them as escape sequences for plain-text output.
extension Style {
    /// This style as the terminal can show it: colours downgraded (see `Color.downgraded(to:)`);
    /// with `.none` the colours are dropped and the attributes kept.
    public func resolved(for capability: ColorCapability) -> Style {
        Style(foreground: foreground.downgraded(to: capability),
              background: background.downgraded(to: capability),
              attributes: attributes)
    }

    /// The SGR escape sequence (`ESC [ … m`) that starts this style, after a reset, for a terminal
    /// with `capability`. For our own plain-text output (e.g. `liza themes`), never for cells: the
    /// TUI paints through curses.
    public func sgr(for capability: ColorCapability) -> String {
        let s = resolved(for: capability)
        var codes = ["0"]
        if s.attributes.contains(.bold) { codes.append("1") }
        if s.attributes.contains(.dim) { codes.append("2") }
        if s.attributes.contains(.italic) { codes.append("3") }
        if s.attributes.contains(.underline) { codes.append("4") }
        if s.attributes.contains(.reverse) { codes.append("7") }
        codes += Style.sgrCodes(s.foreground, background: false)
        codes += Style.sgrCodes(s.background, background: true)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The sequence that resets all attributes and colours.
    public static let sgrReset = "\u{1B}[0m"

    private static func sgrCodes(_ color: Color, background: Bool) -> [String] {
        switch color {
        case .default:
            return []
        case .ansi(let a):
            let base = a.rawValue < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return [String(base + a.rawValue % 8)]
        case .indexed(let n):
            return [background ? "48" : "38", "5", String(n)]
        case .rgb(let r, let g, let b):
            return [background ? "48" : "38", "2", String(r), String(g), String(b)]
        }
    }
}
