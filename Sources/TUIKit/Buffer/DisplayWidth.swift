/// Terminal display width of text, in columns. PLACEHOLDER: to be replaced by the full table.
public enum DisplayWidth {
    /// Columns a single grapheme occupies: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF: return 2
        default: return 1
        }
    }

    /// Columns a string occupies.
    public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }
}
