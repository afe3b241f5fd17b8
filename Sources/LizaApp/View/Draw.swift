import Foundation
import LizaAPI
import TUIKit

/// Small drawing helpers shared by the views. Every piece of text goes through `Buffer.write`.
enum Draw {
    /// A bordered box (TUIKit `Block`) with a title, right title and footer; returns the inside.
    /// `clear` fills it first (modals).
    @discardableResult
    static func box(_ buffer: inout Buffer, _ area: Rect, title: String, rightTitle: String = "", footer: String = "",
                    focused: Bool, theme: Theme, clear: Bool = false) -> Rect {
        if clear { buffer.fill(area, with: Cell(style: theme[.surface])) }
        return Block(title: title, rightTitle: rightTitle, footer: footer, focused: focused).render(into: &buffer, area: area, theme: theme)
    }

    /// One row of styled segments, clipped to `rect`'s width; returns the columns used.
    @discardableResult
    static func segments(_ buffer: inout Buffer, _ parts: [(String, Style)], at point: Point, maxWidth: Int) -> Int {
        var x = point.x
        let end = point.x + maxWidth
        for (text, style) in parts {
            guard x < end else { break }
            x += buffer.write(text, at: Point(x: x, y: point.y), style: style, maxWidth: end - x)
        }
        return x - point.x
    }

    /// A text field: the text scrolled so the cursor shows, the cursor as a reversed cell when focused,
    /// and an optional muted completion after the text.
    static func field(_ buffer: inout Buffer, _ input: TextInput, in rect: Rect, focused: Bool, theme: Theme,
                      placeholder: String = "", completion: String = "") {
        guard rect.width > 0 else { return }
        let style = theme[.text]
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), with: Cell(style: style))
        if input.isEmpty && !focused && !placeholder.isEmpty {
            buffer.write(placeholder, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.muted])
            return
        }
        let chars = input.characters
        let widths = chars.map { DisplayWidth.of(Sanitizer.sanitize(String($0))) }
        // First visible character: keep the cursor inside the field (one cell for the cursor itself).
        var start = 0
        var used = widths[0..<input.cursor].reduce(0, +)
        while used > rect.width - 1, start < input.cursor {
            used -= widths[start]
            start += 1
        }
        var x = rect.x
        for i in start..<chars.count {
            let w = widths[i]
            if x + w > rect.maxX { break }
            let cursorHere = focused && i == input.cursor
            buffer.write(String(chars[i]), at: Point(x: x, y: rect.y), style: cursorHere ? style.adding(.reverse) : style, maxWidth: rect.maxX - x)
            x += w
        }
        if focused && input.cursor == chars.count && x < rect.maxX {
            if !completion.isEmpty {
                let first = String(completion.prefix(1))
                buffer.write(first, at: Point(x: x, y: rect.y), style: theme[.muted].adding(.reverse), maxWidth: 1)
                buffer.write(String(completion.dropFirst()), at: Point(x: x + 1, y: rect.y), style: theme[.muted], maxWidth: rect.maxX - x - 1)
            } else {
                buffer.write(" ", at: Point(x: x, y: rect.y), style: style.adding(.reverse), maxWidth: 1)
            }
        } else if !completion.isEmpty && x < rect.maxX {
            buffer.write(completion, at: Point(x: x, y: rect.y), style: theme[.muted], maxWidth: rect.maxX - x)
        }
    }

    /// A spinner frame for a tick count.
    static func spinner(_ tick: Int) -> String { Spinner.frame(tick) }

    /// Lines of `text` wrapped at spaces to `width` columns; longer words are broken, nothing is cut.
    static func wrap(_ text: String, width: Int) -> [String] { TextWrap.wrap(text, width: width) }

    /// `text` broken every `width` columns (URLs: concatenating the lines gives the URL back).
    static func hardBreak(_ text: String, width: Int) -> [String] { TextWrap.hardWrap(text, width: width) }

    /// Fixed-width columns sized to the header and the visible cells (capped at `maxWidth`), as
    /// many as fit in `available` columns from the left; the last one may be narrower (cut with
    /// `…`). Columns further right are reached by scrolling sideways, not squeezed.
    static func fitColumns(_ titles: [String], rows: [[String]], maxWidth: Int, available: Int, spacing: Int) -> [TableColumn] {
        var out: [TableColumn] = []
        var x = 0
        for (i, title) in titles.enumerated() {
            var w = DisplayWidth.of(Sanitizer.sanitize(title))
            for row in rows where i < row.count { w = max(w, min(maxWidth, DisplayWidth.of(Sanitizer.sanitize(row[i])))) }
            w = min(w, maxWidth)
            let room = available - x
            if room <= 0 { break }
            if w > room {
                if room >= 4 { out.append(TableColumn(title, width: .fixed(room))) }
                break
            }
            out.append(TableColumn(title, width: .fixed(w)))
            x += w + spacing
        }
        return out
    }

    /// A TUIKit `Table` over `rowCount` rows: header, lazily built visible rows, the selection.
    static func table(_ buffer: inout Buffer, _ rect: Rect, columns: [TableColumn], rowCount: Int, offset: Int, selected: Int?,
                      focused: Bool, theme: Theme, spacing: Int = 2, sort: TableSort? = nil,
                      cell: @escaping (Int, Int) -> (text: String, role: ThemeRole?)) {
        guard rect.height > 0, rect.width > 0 else { return }
        let table = Table(columns: columns, rowCount: rowCount, focused: focused, columnSpacing: spacing,
                          cellRole: { row, col in cell(row, col).role }, cell: { row, col in cell(row, col).text })
        table.render(state: TableState(selected: selected, offset: offset, viewportHeight: Table.bodyHeight(for: rect), sort: sort),
                     into: &buffer, area: rect, theme: theme)
    }

    /// Dims what is already drawn in `rect` (behind a modal), keeping text and colours.
    static func dim(_ buffer: inout Buffer, _ rect: Rect) {
        let r = rect.intersection(buffer.area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY {
            for x in r.minX..<r.maxX { buffer[x, y].style = buffer[x, y].style.adding(.dim) }
        }
    }

    /// A one-line centred message (empty states).
    static func centered(_ buffer: inout Buffer, _ lines: [(String, Style)], in rect: Rect) {
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < rect.maxY {
            buffer.write(line.0, in: Rect(x: rect.x + 1, y: top + i, width: max(0, rect.width - 2), height: 1), style: line.1, alignment: .center)
        }
    }
}
