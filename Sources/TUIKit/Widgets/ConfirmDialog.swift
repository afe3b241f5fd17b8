/// A small modal asking a yes/no question (e.g. "Delete connection hubspot-1?"): the message
/// word-wrapped in full, then the confirm and cancel keys. The app maps the keys to actions.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var message: String
    public var confirm: KeyHint
    public var cancel: KeyHint
    /// Shows the message in the `warning` role (for destructive actions).
    public var destructive: Bool
    /// Widest the dialog gets (border included).
    public var maxWidth: Int

    public init(title: String, message: String, confirm: KeyHint = KeyHint(key: "y", label: "confirm"),
                cancel: KeyHint = KeyHint(key: "n/esc", label: "cancel"), destructive: Bool = false, maxWidth: Int = 60) {
        self.title = title; self.message = message; self.confirm = confirm; self.cancel = cancel
        self.destructive = destructive; self.maxWidth = maxWidth
    }

    /// Dims `area`, draws the dialog centred in it. - Returns: the dialog's frame.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) -> Rect {
        let hints = KeyHintLine([confirm, cancel])
        let hintsWidth = hints.usedWidth(within: Int.max)
        let contentMax = max(10, min(maxWidth, area.width) - 4)
        let naturalWidth = max(TextMeasure.width(title) + 4, hintsWidth, message.split(whereSeparator: \.isNewline)
            .map { TextMeasure.width(String($0)) }.max() ?? 0)
        let contentWidth = min(contentMax, naturalWidth)
        let lines = TextWrap.wrap(message, width: contentWidth)
        let modal = Modal(title: title, size: Size(width: contentWidth + 4, height: lines.count + 4))
        let inner = modal.render(into: &buffer, area: area, theme: theme)
        let content = inner.inset(left: 1, right: 1)
        Paragraph(message, role: destructive ? .warning : .text).render(
            into: &buffer, area: Rect(x: content.minX, y: content.minY, width: content.width, height: max(0, content.height - 2)), theme: theme)
        hints.render(into: &buffer, area: Rect(x: content.minX, y: content.maxY - 1, width: content.width, height: 1), theme: theme)
        return modal.frame(in: area)
    }
}
