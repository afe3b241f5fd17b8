import TUIKit

/// Making untrusted text (API data, provider bodies) safe to print.
///
/// Third-party data is hostile even in plain CLI output: an escape sequence in a contact's name
/// could retitle the terminal, write the clipboard (OSC 52) or fake a link. Everything from
/// the API goes through TUIKit's `Sanitizer` (the same boundary the TUI uses) before printing.
enum TerminalText {
    /// One table cell or one line: every control and format character made visible.
    static func cell(_ text: String) -> String { Sanitizer.sanitize(text) }

    /// Multi-line text: newlines and tabs kept, everything else sanitized.
    static func multiline(_ text: String) -> String {
        // "\r\n" is one Character in Swift, so both line ends are matched explicitly; a lone
        // "\r" (which would let text overwrite the line) is sanitized like any control.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Sanitizer.sanitize(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// JSON text made safe for a terminal while staying valid JSON with the same value: C1
    /// controls, DEL and Unicode format characters (bidi overrides, zero-width, …) become
    /// `\uXXXX` escapes. They can only occur inside strings, where an escape means the same.
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

    private static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0x1B || s.value == 0x7F || (0x80...0x9F).contains(s.value) { return true }
        if s.value == 0x2028 || s.value == 0x2029 { return true }
        return s.properties.generalCategory == .format
    }
}
