import TUIKit

/// The bytes that turn a frame's link runs (`Buffer.links`) into OSC 8 hyperlinks. Curses cannot
/// write an escape sequence through its own output, so after `doupdate` the painter rewrites each
/// link's cells — the same text in the same style — wrapped in `ESC ] 8 ; ; URL ESC \` … `ESC ] 8 ;
/// ; ESC \`, between DECSC and DECRC so curses' idea of the cursor and attributes still holds.
/// Pure, so the exact bytes are tested.
///
/// The URL is printable ASCII only (`Buffer.link` sanitized it; it is sanitized again here), and
/// the cells' text went through `Buffer.write`: nothing in the output can end the sequence early.
public enum HyperlinkSequence {
    /// The sequence for the links of `frame` on `rows` (all rows when nil), or "" when none.
    /// `colors` maps a style to the curses colour numbers the painter uses for it (-1: default).
    public static func bytes(for frame: Buffer, rows: Set<Int>?,
                             colors: (Style) -> (colors: ColorPairRegistry.Colors, addBold: Bool)) -> String {
        let links = frame.links.filter { rows?.contains($0.row) ?? true }
        guard !links.isEmpty else { return "" }
        var out = "\u{1B}7"
        for link in links where link.row >= 0 && link.row < frame.size.height {
            let url = OSC8Link.sanitizedURL(link.url)
            out += "\u{1B}[\(link.row + 1);\(link.x + 1)H"
            out += "\u{1B}]8;;\(url)\u{1B}\\"
            var current: Style?
            for x in link.columns where x >= 0 && x < frame.size.width {
                let cell = frame[x, link.row]
                if cell.isContinuation { continue }
                if cell.style != current {
                    current = cell.style
                    let (pair, addBold) = colors(cell.style)
                    out += sgr(cell.style.attributes, pair, addBold: addBold)
                }
                out.append(cell.grapheme)
            }
            out += "\u{1B}]8;;\u{1B}\\"
        }
        return out + "\u{1B}[0m\u{1B}8"
    }

    /// SGR for attributes and curses colour numbers (0–7, 8–15, 16–255; -1 default).
    static func sgr(_ attributes: TextAttributes, _ colors: ColorPairRegistry.Colors, addBold: Bool) -> String {
        var codes = ["0"]
        if attributes.contains(.bold) || addBold { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        codes.append(color(colors.foreground, base: 30, bright: 90, extended: 38))
        codes.append(color(colors.background, base: 40, bright: 100, extended: 48))
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ n: Int32, base: Int, bright: Int, extended: Int) -> String {
        switch n {
        case 0...7: return String(base + Int(n))
        case 8...15: return String(bright + Int(n) - 8)
        case 16...255: return "\(extended);5;\(n)"
        default: return String(base + 9)
        }
    }
}
