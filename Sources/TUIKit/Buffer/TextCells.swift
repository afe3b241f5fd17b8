/// Sanitized text cut into terminal cells, each with its width. Shared by `Buffer`, `TextWrap` and
/// `TextTruncation` so that measuring, truncating, wrapping and writing always agree.
public enum TextCells {
    /// One cell's worth of text: a grapheme and the columns it takes (1 or 2; 0 only for text that
    /// did not go through the sanitizer).
    public struct Item: Hashable, Sendable {
        public var grapheme: Character
        public var width: Int
        public init(grapheme: Character, width: Int) { self.grapheme = grapheme; self.width = width }
    }

    /// The cells of already-sanitized text, in order.
    public static func of(_ sanitized: String) -> [Item] {
        var out: [Item] = []
        out.reserveCapacity(sanitized.utf8.count)
        for c in sanitized {
            if let a = c.asciiValue, a >= 0x20, a < 0x7F {
                out.append(Item(grapheme: c, width: 1))
            } else {
                for piece in DisplayWidth.cells(of: c) { out.append(Item(grapheme: piece.grapheme, width: piece.width)) }
            }
        }
        return out
    }

    /// Total columns of `items`.
    public static func width(_ items: [Item]) -> Int { items.reduce(0) { $0 + $1.width } }

    /// The text of `items` as a string.
    public static func string(_ items: [Item]) -> String {
        var s = ""
        for item in items { s.append(item.grapheme) }
        return s
    }

    /// `items` unchanged when they fit in `width` columns, otherwise the longest prefix that fits in
    /// `width - 1` columns followed by `ellipsis` (so the result never exceeds `width`).
    public static func fitting(_ items: [Item], width: Int, ellipsis: Character = "…") -> [Item] {
        guard width > 0 else { return [] }
        if self.width(items) <= width { return items }
        let e = Item(grapheme: ellipsis, width: DisplayWidth.of(ellipsis))
        guard e.width <= width else { return [] }
        var out: [Item] = []
        var used = 0
        for item in items {
            if used + item.width > width - e.width { break }
            out.append(item)
            used += item.width
        }
        out.append(e)
        return out
    }

    /// Like `fitting`, but keeps the end of the text: `…` followed by the longest suffix that fits
    /// (useful for paths and URLs, whose end matters most).
    public static func fittingTail(_ items: [Item], width: Int, ellipsis: Character = "…") -> [Item] {
        guard width > 0 else { return [] }
        if self.width(items) <= width { return items }
        let e = Item(grapheme: ellipsis, width: DisplayWidth.of(ellipsis))
        guard e.width <= width else { return [] }
        var tail: [Item] = []
        var used = 0
        for item in items.reversed() {
            if used + item.width > width - e.width { break }
            tail.append(item)
            used += item.width
        }
        return [e] + tail.reversed()
    }
}
