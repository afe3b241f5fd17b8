/// How one glyph is handed to curses so that curses' idea of its width (libc `wcwidth` per code
/// point) equals the columns the frame gave it. If they disagreed, curses would place every later
/// cell of the row at the wrong column. Pure: the width function is injected.
public enum GlyphEncoding: Hashable, Sendable {
    /// Code points written as ordinary text (spacing characters plus their combining marks) whose
    /// curses widths add up to the glyph's width; `padding` spaces follow when they add up to less.
    case text([UInt32], padding: Int)
    /// A cluster curses would split into several cells (an emoji ZWJ sequence: 👩‍💻 is 👩 ZWJ 💻,
    /// 2 + 0 + 2 columns to `wcwidth`) packed into one cell that takes its first code point's width.
    case cluster([UInt32])

    /// The maximum number of code points in one curses cell (`CCHARW_MAX`).
    public static let maxCodePointsPerCell = 5

    /// Decides how to write `grapheme` into `columns` columns, given curses' per-code-point width.
    public static func encode(_ grapheme: Character, columns: Int, width: (UInt32) -> Int) -> GlyphEncoding {
        let scalars = grapheme.unicodeScalars.map(\.value)
        // Control characters never reach the terminal, even from a hand-built Cell that bypassed
        // Buffer.write's sanitizer: they could move the cursor or start an escape sequence.
        guard !scalars.isEmpty, !scalars.contains(where: isControl) else { return replacement(columns) }
        let widths = scalars.map(width)
        let firstWidth = widths[0]
        guard firstWidth > 0 else { return replacement(columns) }
        if widths.allSatisfy({ $0 >= 0 }) {
            let textWidth = widths.reduce(0, +)
            if textWidth == columns { return .text(scalars, padding: 0) }
            if firstWidth == columns { return .cluster(Array(scalars.prefix(maxCodePointsPerCell))) }
            if textWidth < columns { return .text(scalars, padding: columns - textWidth) }
            return replacement(columns)
        }
        // Some later code point is unknown to libc (a newer emoji): curses cannot size it as text,
        // but it can carry it inside the first code point's cell.
        return firstWidth == columns ? .cluster(Array(scalars.prefix(maxCodePointsPerCell))) : replacement(columns)
    }

    /// A visible replacement (U+FFFD) that keeps the rest of the row aligned.
    static func replacement(_ columns: Int) -> GlyphEncoding { .text([0xFFFD], padding: max(0, columns - 1)) }

    static func isControl(_ u: UInt32) -> Bool { u < 0x20 || (0x7F...0x9F).contains(u) }
}
