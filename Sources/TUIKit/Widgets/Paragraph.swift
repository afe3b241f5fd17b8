/// Word-wrapped text that is never truncated sideways: lines break at spaces, and a token wider
/// than the area (a URL, a token) is broken across lines, so it is always shown in full (the
/// OAuth URL, an error message). Hard line breaks are kept. Rows beyond the area are clipped;
/// use `height(forWidth:)` to size the area and `scroll` to page through.
public struct Paragraph: Sendable {
    public var text: String
    public var role: ThemeRole
    public var alignment: TextAlignment
    /// Wrapped lines skipped at the top.
    public var scroll: Int

    public init(_ text: String, role: ThemeRole = .text, alignment: TextAlignment = .left, scroll: Int = 0) {
        self.text = text; self.role = role; self.alignment = alignment; self.scroll = scroll
    }

    /// `text` wrapped to `width` display columns (sanitized; see the type's description).
    public static func wrap(_ text: String, width: Int) -> [String] { TextWrap.wrap(text, width: width) }

    /// Rows the text needs at `width` columns.
    public func height(forWidth width: Int) -> Int { Self.wrap(text, width: width).count }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let lines = Self.wrap(text, width: area.width)
        let style = theme[role]
        for (k, line) in lines.dropFirst(max(0, scroll)).prefix(area.height).enumerated() {
            buffer.write(line, in: Rect(x: area.minX, y: area.minY + k, width: area.width, height: 1), style: style, alignment: alignment)
        }
    }
}
