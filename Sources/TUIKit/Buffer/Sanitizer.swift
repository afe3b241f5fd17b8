/// The single boundary for untrusted text. PLACEHOLDER: to be replaced by the full implementation.
public enum Sanitizer {
    /// Returns `text` with every control and format character replaced by a visible placeholder.
    public static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (s.value < 0x20 || (0x7F...0x9F).contains(s.value)) ? "\u{FFFD}" : s
        }))
    }
}
