/// Fitting untrusted text into a number of display columns, as strings (for widgets that build a
/// line before writing it). Results are sanitized and never wider than asked.
public enum TextTruncation {
    /// `text` when it fits in `width` columns, else its longest fitting start followed by `…`.
    public static func truncate(_ text: String, width: Int) -> String {
        TextCells.string(TextCells.fitting(TextCells.of(Sanitizer.sanitize(text)), width: width))
    }

    /// `text` when it fits in `width` columns, else `…` followed by its longest fitting end.
    public static func truncateHead(_ text: String, width: Int) -> String {
        TextCells.string(TextCells.fittingTail(TextCells.of(Sanitizer.sanitize(text)), width: width))
    }

    /// `text` truncated to `width` columns and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, width: width)
        let gap = width - DisplayWidth.of(cut)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center: return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
        }
    }
}
