/// Multi-line text for widgets: splitting into lines, expanding tabs, and wrapping to a width in
/// display columns.
public enum TextWrap {
    /// Splits text into lines at every line break (`\n`, `\r\n`, a lone `\r`, VT, FF, NEL, U+2028
    /// and U+2029) and expands tabs to the next multiple of `tabWidth` columns. The lines are not
    /// yet sanitized (`Buffer.write` does that); they hold no line breaks and no tabs.
    public static func lines(_ text: String, tabWidth: Int = 4) -> [String] {
        let tab = max(1, tabWidth)
        var result: [String] = []
        var line = ""
        var column = 0
        for c in text {
            if c.isNewline {
                result.append(line)
                line = ""
                column = 0
            } else if c == "\t" {
                let spaces = tab - column % tab
                line += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                line.append(c)
                column += DisplayWidth.of(c)
            }
        }
        result.append(line)
        return result
    }

    /// Wraps text to `width` display columns: lines are split as by `lines(_:tabWidth:)`, then
    /// broken at spaces; a word longer than a line (a URL, a token) is broken hard at the column.
    ///
    /// Every character except the spaces at which a line was broken appears in the output, once and
    /// in order: nothing is truncated (use this to show an OAuth URL in full). A wide grapheme is
    /// never split; when `width` is 1 it gets a line of its own. The result is sanitized and each
    /// line is at most `width` columns (or 2 for a lone wide grapheme when `width` is 1).
    public static func wrap(_ text: String, width: Int, tabWidth: Int = 4) -> [String] {
        let w = max(1, width)
        var out: [String] = []
        for line in lines(text, tabWidth: tabWidth) {
            out += wrapLine(TextCells.of(Sanitizer.sanitize(line)), width: w).map(TextCells.string)
        }
        return out
    }

    /// Breaks text hard every `width` columns, ignoring words: concatenating the result gives back
    /// the (sanitized) input exactly. For strings where every character matters and spaces are
    /// significant. Line breaks are not interpreted (they are shown as placeholders).
    public static func hardWrap(_ text: String, width: Int) -> [String] {
        breakHard(TextCells.of(Sanitizer.sanitize(text)), width: max(1, width)).map(TextCells.string)
    }

    /// Greedy word wrap of one line of cells.
    static func wrapLine(_ cells: [TextCells.Item], width: Int) -> [[TextCells.Item]] {
        if cells.isEmpty { return [[]] }
        // Tokens: alternating runs of spaces and of non-spaces.
        var tokens: [[TextCells.Item]] = []
        for item in cells {
            let isSpace = item.grapheme == " "
            if let last = tokens.last?.last, (last.grapheme == " ") == isSpace {
                tokens[tokens.count - 1].append(item)
            } else {
                tokens.append([item])
            }
        }
        var lines: [[TextCells.Item]] = []
        var current: [TextCells.Item] = []
        var used = 0
        for token in tokens {
            let tw = TextCells.width(token)
            let isSpace = token.first?.grapheme == " "
            if used + tw <= width {
                current += token
                used += tw
                continue
            }
            if isSpace {
                // Spaces at a break are dropped (they would only pad the line's end).
                if !current.isEmpty { lines.append(trimTrailingSpaces(current)) }
                current = []
                used = 0
                continue
            }
            if !current.isEmpty {
                lines.append(trimTrailingSpaces(current))
                current = []
                used = 0
            }
            if tw <= width {
                current = token
                used = tw
                continue
            }
            // A word longer than a line starts on a line of its own (so a URL stays one block that
            // is easy to select) and is broken hard at the column.
            var rest = token[...]
            while let item = rest.first {
                if used + item.width > width && used > 0 {
                    lines.append(current)
                    current = []
                    used = 0
                }
                current.append(item)
                used += item.width
                rest = rest.dropFirst()
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Breaks cells every `width` columns, never splitting a wide grapheme.
    static func breakHard(_ cells: [TextCells.Item], width: Int) -> [[TextCells.Item]] {
        var lines: [[TextCells.Item]] = []
        var current: [TextCells.Item] = []
        var used = 0
        for item in cells {
            if used + item.width > width && used > 0 {
                lines.append(current)
                current = []
                used = 0
            }
            current.append(item)
            used += item.width
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    private static func trimTrailingSpaces(_ cells: [TextCells.Item]) -> [TextCells.Item] {
        var c = cells
        while c.last?.grapheme == " " { c.removeLast() }
        return c
    }
}
