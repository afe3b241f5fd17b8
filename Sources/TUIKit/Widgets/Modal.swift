/// A centred dialog box over the current screen.
///
/// Draw the screen first, then the modal: it dims everything already in the buffer (adds the `dim`
/// attribute, keeping the text readable behind), clears its own rectangle, draws a focused
/// `Block` with the title, and returns the inner rect for the dialog's content.
public struct Modal: Sendable {
    public var title: String
    /// Wanted size including the border; clamped to the screen.
    public var size: Size
    public var rightTitle: String
    public var footer: String
    public var dimBackground: Bool

    public init(title: String, size: Size, rightTitle: String = "", footer: String = "", dimBackground: Bool = true) {
        self.title = title; self.size = size; self.rightTitle = rightTitle; self.footer = footer
        self.dimBackground = dimBackground
    }

    /// The rectangle the modal occupies within `area`.
    public func frame(in area: Rect) -> Rect { area.centered(size) }

    /// - Parameter area: the screen (or the region to centre in and dim).
    /// - Returns: the inner rect (inside the border).
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) -> Rect {
        if dimBackground { buffer.addAttributes(.dim, in: area) }
        let box = frame(in: area)
        buffer.clearGutters(around: box)
        buffer.fill(box, with: Cell(style: theme[.surface]))
        return Block(title: title, rightTitle: rightTitle, footer: footer, focused: true).render(into: &buffer, area: box, theme: theme)
    }
}
