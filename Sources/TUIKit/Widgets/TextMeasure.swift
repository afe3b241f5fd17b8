/// Display-column measuring and cutting of text as `Buffer.write` will draw it (sanitized).
///
/// Internal helpers shared by the widgets. Word wrapping belongs in Buffer/ eventually; it lives
/// here until the Buffer text API grows it.
enum TextMeasure {
    /// Columns `text` occupies once sanitized.
    static func width(_ text: String) -> Int { DisplayWidth.of(Sanitizer.sanitize(text)) }

    /// Columns one character occupies once sanitized (placeholders may differ from the original).
    static func width(_ ch: Character) -> Int { DisplayWidth.of(Sanitizer.sanitize(String(ch))) }

    /// The longest prefix of sanitized `text` that fits in `columns`.
    static func prefix(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in Sanitizer.sanitize(text) {
            let w = DisplayWidth.of(ch)
            if used + w > columns { break }
            out.append(ch)
            used += w
        }
        return out
    }

    /// Sanitized `text` cut to `columns`, ending in `…` when it had to be cut.
    static func truncated(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        let clean = Sanitizer.sanitize(text)
        if DisplayWidth.of(clean) <= columns { return clean }
        return prefix(clean, columns: columns - 1) + "…"
    }

    /// Word-wraps `text` into lines of at most `width` display columns.
    ///
    /// Hard line breaks in the text are kept; lines break at spaces; a token wider than the line
    /// (a URL, a token, a long identifier) is broken at the column limit rather than cut, so the
    /// whole text is always shown. Works on sanitized text so widths match what is drawn.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for paragraph in paragraphs {
            let clean = Sanitizer.sanitize(String(paragraph))
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func flushWord() {
                guard !word.isEmpty else { return }
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                } else {
                    if lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                    // Hard-break a token that is wider than a whole line.
                    for ch in word {
                        let w = DisplayWidth.of(ch)
                        if lineWidth + w > width, lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                        line.append(ch)
                        lineWidth += w
                    }
                }
                word = ""
                wordWidth = 0
            }
            for ch in clean {
                if ch == " " { flushWord() } else { word.append(ch); wordWidth += DisplayWidth.of(ch) }
            }
            flushWord()
            result.append(line)
        }
        return result
    }
}
