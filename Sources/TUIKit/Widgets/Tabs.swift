/// A segmented header line: ` Integrations │ Connections │ Records `, the selected tab in
/// `primary`+reverse (dimmed when not focused), the others `muted`. Tabs that do not fit are
/// clipped at the right; the selected one is scrolled into view first.
public struct Tabs: Sendable {
    public var titles: [String]
    public var selected: Int
    public var focused: Bool

    public init(_ titles: [String], selected: Int, focused: Bool = true) {
        self.titles = titles; self.selected = selected; self.focused = focused
    }

    /// Draws on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let labels = titles.map { " " + TextTruncation.truncate($0, width: max(1, area.width - 2)) + " " }
        let widths = labels.map { TextMeasure.width($0) }
        // Skip leading tabs until the selected one fits.
        var first = 0
        let sel = min(max(0, selected), titles.count - 1)
        while first < sel, widths[first...sel].reduce(0, +) + (sel - first) > area.width { first += 1 }
        var x = area.minX
        let selectedStyle = focused ? theme[.primary].adding(.reverse) : theme[.primary].adding([.reverse, .dim])
        for i in first..<labels.count {
            if i > first {
                x += buffer.write("│", at: Point(x: x, y: area.minY), style: theme[.border], maxWidth: area.maxX - x)
            }
            guard x < area.maxX else { break }
            x += buffer.write(labels[i], at: Point(x: x, y: area.minY), style: i == sel ? selectedStyle : theme[.muted], maxWidth: area.maxX - x)
        }
    }
}
