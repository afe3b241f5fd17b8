/// Display-column measuring of text as `Buffer.write` will draw it (sanitized). Cutting and
/// wrapping live in Buffer/ (`TextTruncation`, `TextWrap`).
enum TextMeasure {
    /// Columns `text` occupies once sanitized.
    static func width(_ text: String) -> Int { DisplayWidth.of(Sanitizer.sanitize(text)) }

    /// Columns one character occupies once sanitized (placeholders may differ from the original).
    static func width(_ ch: Character) -> Int { DisplayWidth.of(Sanitizer.sanitize(String(ch))) }
}
