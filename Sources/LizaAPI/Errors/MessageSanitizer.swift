/// Makes a server-supplied message safe and short enough for one line of an error.
///
/// Messages come from servers and proxies we do not control, so control characters, escape
/// sequences and bidi/format characters are removed (not just made visible: this text also goes
/// to stderr in the CLI), whitespace is collapsed, the length is capped, and the token is
/// redacted in case a server echoes the Authorization header back.
public enum MessageSanitizer {
    /// The longest message kept, in characters (an ellipsis marks a cut).
    public static let maxLength = 200

    /// Sanitizes `text`; occurrences of any `secrets` (non-empty) become `***`. They are
    /// redacted before anything is cut (a cut token would no longer match) and again after
    /// cleaning (a token split by a removed control character would match only then).
    public static func sanitize(_ text: String, redacting secrets: [String] = [], maxLength: Int = maxLength) -> String {
        let text = Redaction.redact(text, secrets: secrets)
        var cleaned = ""
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if isWhitespaceLike(scalar) {
                if !lastWasSpace { cleaned.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else if isRemoved(scalar) {
                continue
            } else {
                cleaned.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        if cleaned.hasSuffix(" ") { cleaned.removeLast() }
        cleaned = Redaction.redact(cleaned, secrets: secrets)
        guard cleaned.count > maxLength else { return cleaned }
        return String(cleaned.prefix(max(0, maxLength - 1))) + "…"
    }

    private static func isWhitespaceLike(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029: return true
        default: return s.properties.isWhitespace
        }
    }

    /// C0/C1 controls, DEL, and format characters (bidi overrides, zero-width, BOM).
    private static func isRemoved(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (non-empty), without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
