extension Buffer {
    /// Marks `width` cells of `row` from `x` (clipped to the buffer) as a hyperlink to `url`.
    /// The cells' text is written separately, through `write`; the URL is sanitized here.
    public mutating func link(_ url: String, row: Int, x: Int, width: Int) {
        guard row >= 0, row < size.height else { return }
        let from = max(0, x), to = min(size.width, x + max(0, width))
        let safe = OSC8Link.sanitizedURL(url)
        guard from < to, !safe.isEmpty else { return }
        unlink(Rect(x: from, y: row, width: to - from, height: 1))
        links.append(BufferLink(url: safe, row: row, x: from, width: to - from))
    }

    /// Drops every link that overlaps `rect`.
    public mutating func unlink(_ rect: Rect) {
        links.removeAll { link in
            link.row >= rect.minY && link.row < rect.maxY && link.x < rect.maxX && link.x + link.width > rect.minX
        }
    }

    /// The links on `row`, left to right.
    public func links(onRow row: Int) -> [BufferLink] {
        links.filter { $0.row == row }.sorted { $0.x < $1.x }
    }
}
