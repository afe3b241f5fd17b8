/// The one-line bar at the bottom of the screen:
/// `left │ message-or-hints ………… right`.
///
/// `left` (e.g. the profile/connection) is drawn in `primary`, `right` (e.g. a position or a
/// spinner) in `muted`; each takes at most a third of the width. The middle shows `message` when
/// set (in `messageRole`, `error` by default, truncated with `…`), else the key hints that fit.
public struct StatusBar: Sendable {
    public var left: String
    public var right: String
    public var hints: [KeyHint]
    public var message: String?
    public var messageRole: ThemeRole

    public init(left: String = "", right: String = "", hints: [KeyHint] = [], message: String? = nil,
                messageRole: ThemeRole = .error) {
        self.left = left; self.right = right; self.hints = hints; self.message = message; self.messageRole = messageRole
    }

    /// Draws on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.minX, y: area.minY, width: area.width, height: 1)
        buffer.fill(row, with: Cell(style: theme[.surface]))
        let third = max(1, row.width / 3)
        var x = row.minX
        if !left.isEmpty {
            let w = min(TextMeasure.width(left), third)
            buffer.write(left, in: Rect(x: x, y: row.minY, width: w, height: 1), style: theme[.primary])
            x += w + 2
        }
        var end = row.maxX
        if !right.isEmpty {
            let w = min(TextMeasure.width(right), third)
            buffer.write(right, in: Rect(x: end - w, y: row.minY, width: w, height: 1), style: theme[.muted], alignment: .right)
            end -= w + 2
        }
        let middle = Rect(x: x, y: row.minY, width: end - x, height: 1)
        guard middle.width > 0 else { return }
        if let message, !message.isEmpty {
            buffer.write(message, in: middle, style: theme[messageRole])
        } else {
            KeyHintLine(hints).render(into: &buffer, area: middle, theme: theme)
        }
    }
}
