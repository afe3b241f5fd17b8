import TUIKit

/// Making untrusted text (API data, provider bodies) safe to print.
///
/// Third-party data is hostile even in plain CLI output: an escape sequence in a contact's name
/// could retitle the terminal, write the clipboard (OSC 52) or fake a link. Everything from
/// the API goes through TUIKit's `Sanitizer` (the same boundary the TUI uses) before printing.
enum TerminalText {
    /// One table cell or one line: every control and format character made visible.
    ///
    /// The same text as `Sanitizer.sanitize`, faster on long values: a leading run of printable
    /// ASCII is taken as is, so an 8 MiB field of plain letters costs a byte scan instead of a
    /// walk over 8 million grapheme clusters (seconds in a debug build).
    static func cell(_ text: String) -> String {
        let utf8 = text.utf8
        guard let other = utf8.firstIndex(where: { $0 < 0x20 || $0 >= 0x7F }) else { return text }
        // The ASCII character before the first other byte may form one cluster with what
        // follows (`e` + U+0301), so it goes through the Sanitizer with the rest.
        let split = other == utf8.startIndex ? other : utf8.index(before: other)
        return String(text[..<split]) + Sanitizer.sanitize(String(text[split...]))
    }

    /// Multi-line text: newlines and tabs kept, everything else sanitized.
    static func multiline(_ text: String) -> String {
        // "\r\n" is one Character in Swift, so both line ends are matched explicitly; a lone
        // "\r" (which would let text overwrite the line) is sanitized like any control.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Sanitizer.sanitize(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// JSON text made safe for a terminal while staying valid JSON with the same value: every
    /// character TUIKit's `Sanitizer` would not put in a cell — DEL, C1 controls U+0080–009F,
    /// format characters (bidi embeddings, overrides and isolates, U+061C, LRM/RLM, zero-width
    /// characters U+200B–200F, U+2060–206F, the BOM U+FEFF …), line and paragraph separators,
    /// unassigned code points and noncharacters — becomes a `\uXXXX` escape (a surrogate pair
    /// beyond the BMP). C0 controls are escaped by the serializer already; outside strings only
    /// JSON's own whitespace and ASCII occur, so an escape always lands inside a string, where
    /// it means the same character.
    static func json(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        // ASCII first, without a Unicode property lookup (megabytes of JSON pass through here):
        // in it only ESC acts (the serializer already escaped the other C0 controls).
        if s.value < 0x7F { return s.value == 0x1B }
        return !Sanitizer.isSafe(s)
    }
}
