/// A terminal colour. `default` is the terminal's own foreground/background (transparent).
public enum Color: Hashable, Sendable {
    case `default`
    case ansi(ANSIColor)
    /// An index into the 256-colour palette.
    case indexed(UInt8)
    /// 24-bit colour, `#rrggbb` in theme files.
    case rgb(UInt8, UInt8, UInt8)
}

/// The 16 named ANSI colours; the terminal's palette decides what they look like.
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
}
