/// A vertical list of one-line items with a highlighted selection.
///
/// Items are supplied lazily (`count` + `item(index)`), so only visible items are ever built.
public struct ListView {
    public var count: Int
    public var focused: Bool
    /// Drawn before the selected item (and as blank space before others) when not empty, e.g. "› ".
    public var highlightSymbol: String
    /// Shown (muted) when there are no items.
    public var emptyText: String
    private let item: (Int) -> String
    private let itemRole: ((Int) -> ThemeRole?)?

    /// - Parameters:
    ///   - item: the text of row `index` (called only for visible rows).
    ///   - itemRole: optional role of a row's text (e.g. `.muted` for a disabled entry).
    public init(count: Int, focused: Bool = true, highlightSymbol: String = "", emptyText: String = "",
                itemRole: ((Int) -> ThemeRole?)? = nil, item: @escaping (Int) -> String) {
        self.count = max(0, count); self.focused = focused; self.highlightSymbol = highlightSymbol
        self.emptyText = emptyText; self.item = item; self.itemRole = itemRole
    }

    public init(items: [String], focused: Bool = true, highlightSymbol: String = "", emptyText: String = "") {
        self.init(count: items.count, focused: focused, highlightSymbol: highlightSymbol, emptyText: emptyText) { items[$0] }
    }

    public func render(state: ListState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(style: theme[.text]))
        if count == 0 {
            if !emptyText.isEmpty { buffer.write(emptyText, in: area, style: theme[.muted]) }
            return
        }
        let offset = state.visibleOffset(height: area.height, count: count)
        let symbolWidth = TextMeasure.width(highlightSymbol)
        let selectionStyle = focused ? theme[.selection] : theme[.selection].adding(.dim)
        for row in 0..<min(area.height, count - offset) {
            let index = offset + row
            let y = area.minY + row
            let isSelected = index == state.selected
            var style = itemRole.flatMap { $0(index) }.map { theme[$0] } ?? theme[.text]
            if isSelected {
                style = style.overlaid(with: selectionStyle)
                buffer.fill(Rect(x: area.minX, y: y, width: area.width, height: 1), with: Cell(style: selectionStyle))
                buffer.write(highlightSymbol, at: Point(x: area.minX, y: y), style: style, maxWidth: area.width)
            }
            let textRect = Rect(x: area.minX + symbolWidth, y: y, width: area.width - symbolWidth, height: 1)
            buffer.write(item(index), in: textRect, style: style)
        }
    }
}
