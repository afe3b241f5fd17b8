import TUIKit

/// Draws the demo with Buffer primitives only (the widgets module is not used on purpose: this
/// program tests the terminal layer, not the widgets). Pure.
enum DemoScreen {
    static let title = " liza terminal demo "
    /// Column widths of the table (display columns), separated by one space.
    static let columnWidths = [14, 18, 14, 4]
    static let headers = ["City", "Country", "Greeting", "Mood"]

    /// The box's rectangle for a terminal size: 2 columns and 1 row from the top-left corner.
    static func boxRect(for size: Size) -> Rect {
        let inner = columnWidths.reduce(0, +) + columnWidths.count - 1
        let width = min(inner + 4, max(0, size.width - 2))
        let height = min(DemoState.cities.count + 4, max(0, size.height - 3))
        return Rect(x: 2, y: 1, width: width, height: height)
    }

    static func render(_ state: DemoState, size: Size, theme: Theme = .default) -> Buffer {
        var buffer = Buffer(size: size)
        let box = boxRect(for: size)
        guard box.width >= 4, box.height >= 3 else {
            buffer.write("terminal too small", at: Point(x: 0, y: 0))
            return buffer
        }
        drawBorder(&buffer, box, style: theme[.border])
        buffer.write(title, in: Rect(x: box.x + 2, y: box.y, width: box.width - 4, height: 1), style: theme[.primary])

        let content = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        writeRow(&buffer, headers, y: content.y, in: content, style: theme[.primary])
        // A separator under the header, joined to the border.
        let separatorY = content.y + 1
        buffer.write("├" + String(repeating: "─", count: box.width - 2) + "┤", at: Point(x: box.x, y: separatorY), style: theme[.border])
        for (index, city) in DemoState.cities.enumerated() {
            let y = separatorY + 1 + index
            guard y < box.maxY - 1 else { break }
            let selected = index == state.selection
            let style = selected ? theme[.selection] : Style.plain
            if selected {
                buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), with: Cell(grapheme: " ", style: style))
            }
            writeRow(&buffer, [city.name, city.country, city.greeting, city.mood], y: y, in: content, style: style)
        }
        let help = "↑/↓ move · c copy city · q quit"
        buffer.write(help, at: Point(x: box.x, y: box.maxY), style: theme[.muted], maxWidth: size.width - box.x)
        buffer.write("key: \(state.lastKey)", at: Point(x: box.x, y: box.maxY + 1), style: theme[.muted], maxWidth: size.width - box.x)
        return buffer
    }

    private static func writeRow(_ buffer: inout Buffer, _ texts: [String], y: Int, in content: Rect, style: Style) {
        var x = content.x
        for (text, width) in zip(texts, columnWidths) {
            let w = min(width, content.maxX - x)
            guard w > 0 else { return }
            buffer.write(text, in: Rect(x: x, y: y, width: w, height: 1), style: style)
            x += width + 1
        }
    }

    private static func drawBorder(_ buffer: inout Buffer, _ r: Rect, style: Style) {
        let horizontal = String(repeating: "─", count: r.width - 2)
        buffer.write("┌" + horizontal + "┐", at: Point(x: r.x, y: r.y), style: style)
        buffer.write("└" + horizontal + "┘", at: Point(x: r.x, y: r.maxY - 1), style: style)
        for y in (r.y + 1)..<(r.maxY - 1) {
            buffer.write("│", at: Point(x: r.x, y: y), style: style)
            buffer.write("│", at: Point(x: r.maxX - 1, y: y), style: style)
        }
    }
}
