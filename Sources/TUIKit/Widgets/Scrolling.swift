/// Scroll arithmetic shared by the scrolling widgets.
enum Scrolling {
    /// The offset closest to `offset` that shows `cursor` within `height` rows of `count` rows,
    /// never scrolled past the end (so a shrinking list does not leave empty rows at the bottom).
    static func offset(keeping cursor: Int?, visibleIn height: Int, from offset: Int, count: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var o = min(max(0, offset), max(0, count - height))
        if let c = cursor {
            if c < o { o = c } else if c >= o + height { o = c - height + 1 }
        }
        return max(0, o)
    }
}
