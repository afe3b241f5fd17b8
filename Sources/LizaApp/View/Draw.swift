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
        if clear {
            buffer.clearGutters(around: area)
            buffer.fill(area, with: Cell(style: theme[.surface]))
        }
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

    /// A text field (TUIKit `TextField`) with an optional muted completion after the text when the
    /// cursor is at its end (the first completion character carries the cursor). The placeholder
    /// shows only while the field is not focused, so it never competes with a completion.
    static func field(_ buffer: inout Buffer, _ input: TextFieldState, in rect: Rect, focused: Bool, theme: Theme,
                      placeholder: String = "", completion: String = "") {
        guard rect.width > 0 else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        TextField(placeholder: focused ? "" : placeholder, focused: focused).render(state: input, into: &buffer, area: row, theme: theme)
        guard !completion.isEmpty, input.cursor == input.text.count else { return }
        let x = row.x + input.visibleCursorColumn(width: row.width)
        guard x < row.maxX else { return }
        if focused {
            buffer.write(String(completion.prefix(1)), at: Point(x: x, y: row.y), style: theme[.muted].adding(.reverse), maxWidth: 1)
            buffer.write(String(completion.dropFirst()), at: Point(x: x + 1, y: row.y), style: theme[.muted], maxWidth: row.maxX - x - 1)
        } else {
            buffer.write(completion, at: Point(x: x, y: row.y), style: theme[.muted], maxWidth: row.maxX - x)
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
    static func fitColumns(_ titles: [String], rows: [[String]], maxWidth: Int, available: Int, spacing: Int,
                           fixed: [String: Int] = [:]) -> [TableColumn] {
        var out: [TableColumn] = []
        var x = 0
        for (i, title) in titles.enumerated() {
            var w = DisplayWidth.of(Sanitizer.sanitize(title))
            for row in rows where i < row.count { w = max(w, min(maxWidth, DisplayWidth.of(Sanitizer.sanitize(row[i])))) }
            w = min(w, maxWidth)
            if let chosen = fixed[title] { w = chosen }
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

    /// A list pane's table in `rect`: only the window of rows the table shows is read from the
    /// list's source; `columns` sees that window (to size columns to what is visible) and `cell`
    /// gives the text and role of one cell of a row.
    static func listTable<Source: ListSource>(
        _ buffer: inout Buffer, _ rect: Rect, list: ListPane<Source>, focused: Bool, theme: Theme, spacing: Int = 2,
        sort: TableSort? = nil, columns: ([Source.Item]) -> [TableColumn],
        cell: @escaping (Source.Item, Int) -> (text: String, role: ThemeRole?)
    ) {
        let window = list.window(height: Table.bodyHeight(for: rect))
        table(&buffer, rect, columns: columns(window.items), rowCount: list.visibleCount, offset: window.offset,
              selected: list.table.selected, focused: focused, theme: theme, spacing: spacing, sort: sort) { row, col in
            let k = row - window.offset
            return window.items.indices.contains(k) ? cell(window.items[k], col) : ("", nil)
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
