import TUIKit

extension Buffer {
    /// The rows as text with trailing blanks removed (styles are in `styleDump`).
    public var textDump: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// The text of `rect` (clipped), one string per row, continuation cells skipped.
    public func text(in rect: Rect) -> [String] {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return [] }
        return (r.minY..<r.maxY).map { y in
            var s = ""
            for x in r.minX..<r.maxX where !self[x, y].isContinuation { s.append(self[x, y].grapheme) }
            return s
        }
    }

    /// One line per row that has styled cells: runs of equal style as `start-end name`, where
    /// `name` is the theme role with exactly that style (or a role plus extra attributes, e.g.
    /// `selection+dim`), else a raw description. Plain cells are left out. Rows are numbered
    /// from 0; columns are cell columns (a wide grapheme covers two).
    public func styleDump(theme: Theme = .testing) -> String {
        var out: [String] = []
        for y in 0..<size.height {
            var runs: [String] = []
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x
                while end + 1 < size.width, self[end + 1, y].style == style { end += 1 }
                if style != .plain {
                    let span = end == x ? "\(x)" : "\(x)-\(end)"
                    runs.append("\(span) \(Self.describe(style, theme: theme))")
                }
                x = end + 1
            }
            if !runs.isEmpty { out.append("\(y): " + runs.joined(separator: ", ")) }
        }
        return out.joined(separator: "\n")
    }

    /// The name of `style` in `theme`: a role name, `role+attrs`, or `fg=… bg=… attrs`.
    public static func describe(_ style: Style, theme: Theme) -> String {
        let roles = ThemeRole.allCases.filter { theme.styles[$0] != nil }
        if let role = roles.first(where: { theme[$0] == style }) { return role.rawValue }
        for role in roles {
            let base = theme[role]
            if base.foreground == style.foreground, base.background == style.background,
               style.attributes.isSuperset(of: base.attributes) {
                return role.rawValue + "+" + attributeNames(style.attributes.subtracting(base.attributes))
            }
        }
        var parts: [String] = []
        if style.foreground != .default { parts.append("fg=\(colorName(style.foreground))") }
        if style.background != .default { parts.append("bg=\(colorName(style.background))") }
        if !style.attributes.isEmpty { parts.append(attributeNames(style.attributes)) }
        return parts.joined(separator: " ")
    }

    static func attributeNames(_ a: TextAttributes) -> String {
        let names: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        return names.filter { a.contains($0.0) }.map(\.1).joined(separator: "+")
    }

    static func colorName(_ c: Color) -> String {
        switch c {
        case .default: "default"
        case .ansi(let a): "\(a)"
        case .indexed(let i): "#\(i)"
        case .rgb(let r, let g, let b): "rgb(\(r),\(g),\(b))"
        }
    }
}
