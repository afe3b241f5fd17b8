/// Names and reference RGB values of the 16 ANSI colours.
extension ANSIColor {
    /// The name used in theme files, e.g. `red`, `bright-red`.
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright-" + base
    }

    /// Parses a colour name: `red`, `bright-red`, `bright_red`, `brightred`, `bright red` (any case);
    /// `gray`/`grey` mean `bright-black`.
    public init?(name: String) {
        var n = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        if n == "gray" || n == "grey" { self = .brightBlack; return }
        var bright = false
        if n.hasPrefix("bright") { bright = true; n.removeFirst("bright".count) }
        let bases = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        guard let i = bases.firstIndex(of: n), let c = ANSIColor(rawValue: i + (bright ? 8 : 0)) else { return nil }
        self = c
    }

    /// The colour xterm shows by default. Real terminals use their own palette; this is only the
    /// reference point for choosing the nearest ANSI colour to an RGB one.
    public var referenceRGB: RGB {
        switch self {
        case .black: RGB(0, 0, 0)
        case .red: RGB(205, 0, 0)
        case .green: RGB(0, 205, 0)
        case .yellow: RGB(205, 205, 0)
        case .blue: RGB(0, 0, 238)
        case .magenta: RGB(205, 0, 205)
        case .cyan: RGB(0, 205, 205)
        case .white: RGB(229, 229, 229)
        case .brightBlack: RGB(127, 127, 127)
        case .brightRed: RGB(255, 0, 0)
        case .brightGreen: RGB(0, 255, 0)
        case .brightYellow: RGB(255, 255, 0)
        case .brightBlue: RGB(92, 92, 255)
        case .brightMagenta: RGB(255, 0, 255)
        case .brightCyan: RGB(0, 255, 255)
        case .brightWhite: RGB(255, 255, 255)
        }
    }
}
