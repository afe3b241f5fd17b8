import TUIKit

/// Prints rows as an aligned table on a terminal, or as tab-separated rows for scripts.
///
/// Cells must already be sanitized (`TerminalText.cell`). Widths are display columns
/// (`DisplayWidth`), so CJK and emoji line up; cells longer than their column end in `…`.
/// When the table is wider than the terminal, the widest columns give way first.
struct TablePrinter {
    let headers: [String]
    /// The widest a column may be before the terminal width is even considered.
    var maxColumnWidth = 48
    /// The narrowest a column is squeezed to when the terminal is too narrow.
    var minColumnWidth = 6
    /// Columns that give way only when every other column is as narrow as it may be (ids,
    /// which people copy, are kept whole).
    var keep: Set<Int> = []
    let gap = "  "

    /// Column widths for `rows` that fit in `totalWidth` columns.
    func widths(for rows: [[String]], totalWidth: Int) -> [Int] {
        var widths = headers.map { Self.width(of: $0, upTo: maxColumnWidth) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], Self.width(of: cell, upTo: maxColumnWidth))
            }
        }
        let budget = totalWidth - gap.count * max(0, widths.count - 1)
        while widths.reduce(0, +) > budget {
            let shrinkable = widths.indices.filter { widths[$0] > minColumnWidth }
            let candidates = shrinkable.filter { !keep.contains($0) }
            guard let widest = (candidates.isEmpty ? shrinkable : candidates).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// The header line (bold when `bold` is given) for `widths`.
    func headerLine(widths: [Int], bold: (String) -> String) -> String {
        bold(line(headers, widths: widths))
    }

    /// One aligned line: cells padded to their widths, the last one not padded.
    func line(_ cells: [String], widths: [Int]) -> String {
        var out = ""
        for (i, width) in widths.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            let fitted = Self.truncate(cell, to: width)
            if i == widths.count - 1 {
                out += fitted
            } else {
                out += fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + gap
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The whole table as text for a terminal.
    func render(_ rows: [[String]], console: Console) -> String {
        let widths = widths(for: rows, totalWidth: console.width)
        var out = headerLine(widths: widths, bold: console.bold) + "\n"
        for row in rows { out += line(row, widths: widths) + "\n" }
        return out
    }

    /// Tab-separated rows (no header) for scripts: tabs and newlines inside cells are already
    /// made visible by sanitizing, so every row stays one line with a fixed number of fields.
    static func tsv(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: "\t") + "\n" }.joined()
    }

    /// Prints `rows` as a table on a terminal, else as tab-separated rows.
    func print(_ rows: [[String]], console: Console) {
        console.out(console.stdoutIsTTY ? render(rows, console: console) : Self.tsv(rows))
    }

    /// `text` cut to `width` display columns, ending in `…` when cut.
    ///
    /// Only as much of `text` is measured as can show: a multi-megabyte value in a 40-column
    /// cell costs 40 characters of work, not a walk over all of it.
    static func truncate(_ text: String, to width: Int) -> String {
        guard Self.width(of: text, upTo: width + 1) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// The display width of `text`, or `limit` if it is at least that wide (measured
    /// character by character, stopping there).
    static func width(of text: String, upTo limit: Int) -> Int {
        if text.utf8.count <= limit, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for ch in text {
            total += DisplayWidth.of(ch)
            if total >= limit { return limit }
        }
        return total
    }
}
