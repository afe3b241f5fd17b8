/// Reading colours as written in theme files.
extension Color {
    /// Why a colour value could not be read.
    public enum ParseError: Error, Hashable, Sendable {
        case unknownName(String)
        case badHex(String)
        case outOfRange(Int)
    }

    /// Parses `default`, an ANSI name (`red`, `bright-red`, `bright_red`, `brightred`, `gray`), a
    /// palette index written as digits (`"208"`), or `#rrggbb` / `#rgb`.
    public static func parse(_ text: String) throws(ParseError) -> Color {
        let t = text.trimmingSpaces()
        if t.lowercased() == "default" || t.lowercased() == "none" { return .default }
        if t.hasPrefix("#") {
            let digits = Array(t.dropFirst())
            let values = digits.compactMap { $0.hexDigitValue }
            guard values.count == digits.count, digits.count == 6 || digits.count == 3 else { throw .badHex(text) }
            if digits.count == 3 {
                return .rgb(UInt8(values[0] * 17), UInt8(values[1] * 17), UInt8(values[2] * 17))
            }
            return .rgb(UInt8(values[0] * 16 + values[1]), UInt8(values[2] * 16 + values[3]), UInt8(values[4] * 16 + values[5]))
        }
        if !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let n = Int(t) else { throw .outOfRange(Int.max) }
            return try index(n)
        }
        if let named = ANSIColor(name: t) { return .ansi(named) }
        throw .unknownName(text)
    }

    /// A palette index: 0–15 are the ANSI colours, 16–255 the 256-colour palette.
    public static func index(_ n: Int) throws(ParseError) -> Color {
        guard (0...255).contains(n) else { throw .outOfRange(n) }
        if n < 16, let a = ANSIColor(rawValue: n) { return .ansi(a) }
        return .indexed(UInt8(n))
    }

    /// How the colour is written in a theme file.
    public var themeValue: String {
        switch self {
        case .default: "default"
        case .ansi(let a): a.name
        case .indexed(let n): String(n)
        case .rgb(let r, let g, let b): RGB(r, g, b).hex
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
