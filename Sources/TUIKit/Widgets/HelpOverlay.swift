/// The help screen: a modal listing sections of key hints in as many columns as fit, scrollable
/// when they do not fit vertically. Sections are kept whole in a column where possible.
public struct HelpOverlay: Sendable {
    public var title: String
    public var sections: [HelpSection]
    /// Hint shown in the bottom border.
    public var footer: String

    public init(title: String = "Help", sections: [HelpSection], footer: String = "esc close") {
        self.title = title; self.sections = sections; self.footer = footer
    }

    private enum Line { case title(String), hint(KeyHint), blank }

    private struct Layout {
        var columns: [[Line]]
        var columnWidth: Int
        var keyWidth: Int
        var gap: Int
        var innerWidth: Int
        var innerHeight: Int
        var contentHeight: Int
        var maxScroll: Int { max(0, contentHeight - innerHeight) }
    }

    /// Sections packed into as many columns as fit in `area` (less a margin), each about equally tall.
    private func layout(in area: Rect) -> Layout {
        let keyWidth = min(16, sections.flatMap(\.hints).map { TextMeasure.width($0.key) }.max() ?? 0)
        let labelWidth = min(40, sections.flatMap(\.hints).map { TextMeasure.width($0.label) }.max() ?? 0)
        let titleWidth = sections.map { TextMeasure.width($0.title) }.max() ?? 0
        let columnWidth = max(keyWidth + 2 + labelWidth, titleWidth, 10)
        let gap = 3
        let maxInner = Size(width: area.width - 4, height: area.height - 4)
        let columnCount = max(1, min(sections.count, (maxInner.width + gap) / (columnWidth + gap)))

        let sectionLines: [[Line]] = sections.map { s in [.title(s.title)] + s.hints.map { .hint($0) } }
        let total = sectionLines.reduce(0) { $0 + $1.count + 1 }
        let target = max(1, (total + columnCount - 1) / columnCount)
        var columns: [[Line]] = [[]]
        for lines in sectionLines {
            var current = columns[columns.count - 1]
            if !current.isEmpty, current.count + lines.count > target, columns.count < columnCount {
                columns.append([]); current = []
            }
            if !current.isEmpty { current.append(.blank) }
            current += lines
            columns[columns.count - 1] = current
        }
        let contentHeight = columns.map(\.count).max() ?? 0
        return Layout(columns: columns, columnWidth: columnWidth, keyWidth: keyWidth, gap: gap,
                      innerWidth: min(maxInner.width, columns.count * columnWidth + (columns.count - 1) * gap + 2),
                      innerHeight: min(maxInner.height, contentHeight), contentHeight: contentHeight)
    }

    /// The largest useful scroll for a screen `area` (for `HelpOverlayState.handle(_:maxScroll:)`).
    public func maxScroll(in area: Rect) -> Int { layout(in: area).maxScroll }

    /// Content rows visible in `area` (for `HelpOverlayState.viewportHeight`).
    public func visibleRows(in area: Rect) -> Int { layout(in: area).innerHeight }

    /// Draws over `area` (dimmed); the modal takes up to the whole area less a margin.
    public func render(state: HelpOverlayState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let l = layout(in: area)
        let scroll = min(max(0, state.scroll), l.maxScroll)
        let position = l.maxScroll > 0 ? "\(scroll + 1)-\(scroll + l.innerHeight)/\(l.contentHeight)" : ""
        let modal = Modal(title: title, size: Size(width: l.innerWidth + 2, height: l.innerHeight + 2), rightTitle: position, footer: footer)
        let inner = modal.render(into: &buffer, area: area, theme: theme).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }

        let keyStyle = theme[.accent].adding(.bold)
        for (c, lines) in l.columns.enumerated() {
            let x = inner.minX + c * (l.columnWidth + l.gap)
            guard x < inner.maxX else { break }
            let width = min(l.columnWidth, inner.maxX - x)
            for (k, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
                let y = inner.minY + k
                switch line {
                case .title(let t):
                    buffer.write(t, in: Rect(x: x, y: y, width: width, height: 1), style: theme[.primary])
                case .hint(let h):
                    let kw = min(l.keyWidth, width)
                    buffer.write(h.key, in: Rect(x: x, y: y, width: kw, height: 1), style: keyStyle)
                    buffer.write(h.label, in: Rect(x: x + kw + 2, y: y, width: width - kw - 2, height: 1), style: theme[.text])
                case .blank: break
                }
            }
        }
    }
}
