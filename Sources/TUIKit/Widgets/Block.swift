/// A bordered box with a title: the frame around panes, lists and modals.
///
/// The title (left, in the top border) and the right title / footer (right-aligned in the top and
/// bottom borders) are data text: sanitized and truncated with `…`. The border uses the
/// `border_focused` role when `focused`, else `border`.
public struct Block: Sendable {
    public var title: String
    /// Right-aligned text in the top border (e.g. a count "12/250").
    public var rightTitle: String
    /// Right-aligned text in the bottom border (e.g. a hint or a position).
    public var footer: String
    public var focused: Bool
    public var borders: BorderSet

    public init(title: String = "", rightTitle: String = "", footer: String = "", focused: Bool = false,
                borders: BorderSet = .plain) {
        self.title = title; self.rightTitle = rightTitle; self.footer = footer
        self.focused = focused; self.borders = borders
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the border and titles over `area` (the inside is left as it is) and returns the inner rect.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return inner(area) }
        let border = theme[focused ? .borderFocused : .border]
        let b = borders
        let h = String(b.horizontal)
        for x in area.minX + 1..<area.maxX - 1 {
            buffer.write(h, at: Point(x: x, y: area.minY), style: border)
            buffer.write(h, at: Point(x: x, y: area.maxY - 1), style: border)
        }
        let v = String(b.vertical)
        for y in area.minY + 1..<area.maxY - 1 {
            buffer.write(v, at: Point(x: area.minX, y: y), style: border)
            buffer.write(v, at: Point(x: area.maxX - 1, y: y), style: border)
        }
        buffer.write(String(b.topLeft), at: Point(x: area.minX, y: area.minY), style: border)
        buffer.write(String(b.topRight), at: Point(x: area.maxX - 1, y: area.minY), style: border)
        buffer.write(String(b.bottomLeft), at: Point(x: area.minX, y: area.maxY - 1), style: border)
        buffer.write(String(b.bottomRight), at: Point(x: area.maxX - 1, y: area.maxY - 1), style: border)

        // Titles sit between the corners with one border cell kept on each side: "┌ Title ─ 3 ┐".
        let room = area.width - 4
        var used = 0
        if !title.isEmpty, room >= 3 {
            let titleStyle = focused ? theme[.borderFocused].adding(.bold) : theme[.text].adding(.bold)
            let shown = TextTruncation.truncate(title, width: room - 2)
            used = buffer.write(" " + shown + " ", at: Point(x: area.minX + 2, y: area.minY), style: titleStyle)
        }
        let rightRoom = room - used - (used > 0 ? 1 : 0)
        if !rightTitle.isEmpty, rightRoom >= 3 {
            let shown = " " + TextTruncation.truncate(rightTitle, width: rightRoom - 2) + " "
            let w = TextMeasure.width(shown)
            buffer.write(shown, at: Point(x: area.maxX - 2 - w, y: area.minY), style: theme[.muted])
        }
        if !footer.isEmpty, room >= 3 {
            let shown = " " + TextTruncation.truncate(footer, width: room - 2) + " "
            let w = TextMeasure.width(shown)
            buffer.write(shown, at: Point(x: area.maxX - 2 - w, y: area.maxY - 1), style: theme[.muted])
        }
        return inner(area)
    }
}
