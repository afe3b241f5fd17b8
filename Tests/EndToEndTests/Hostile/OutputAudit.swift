/// What must never reach a terminal from liza's output: raw controls that a terminal acts on,
/// bidi controls that reorder what is shown, and the token.
enum OutputAudit {
    /// A found problem, with where it is and a little context (escaped for the test log).
    struct Finding: CustomStringConvertible {
        var kind: String
        var offset: Int
        var context: String
        var description: String { "\(kind) at byte \(offset): …\(context)…" }
    }

    /// Raw C0 controls other than `\n` and `\t` (ESC, CR, BEL, NUL …), DEL, C1 controls
    /// (U+0080–U+009F as UTF-8), and invalid UTF-8. The first `limit` findings.
    ///
    /// liza's own OSC 8 hyperlinks (`ESC ] 8 ; ; URL ESC \`, the URL printable ASCII only, as
    /// `OSC8Link` writes it) are not findings: they are the one escape sequence liza emits on
    /// purpose, and a URL that could carry a control byte would not match and still be found.
    static func rawControls(in output: [UInt8], limit: Int = 3) -> [Finding] {
        let bytes = withoutOwnHyperlinks(output)
        var findings: [Finding] = []
        scan(bytes) { scalar, offset in
            guard let scalar else {
                findings.append(Finding(kind: "invalid UTF-8", offset: offset, context: context(bytes, offset)))
                return findings.count < limit
            }
            let v = scalar.value
            if (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) {
                let name = v == 0x1B ? "ESC" : "U+" + String(v, radix: 16, uppercase: true)
                findings.append(Finding(kind: "raw control \(name)", offset: offset, context: context(bytes, offset)))
            }
            return findings.count < limit
        }
        return findings
    }

    /// `bytes` with every well-formed OSC 8 opener or closer (`ESC ] 8 ; ; URL ESC \`, URL bytes
    /// 0x21–0x7E, possibly none) removed.
    static func withoutOwnHyperlinks(_ bytes: [UInt8]) -> [UInt8] {
        let opener: [UInt8] = [0x1B, 0x5D, 0x38, 0x3B, 0x3B]   // ESC ] 8 ; ;
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x1B, bytes.count - i >= opener.count + 2, Array(bytes[i..<(i + opener.count)]) == opener {
                var j = i + opener.count
                while j < bytes.count, (0x21...0x7E).contains(bytes[j]), bytes[j] != 0x1B { j += 1 }
                if j + 1 < bytes.count, bytes[j] == 0x1B, bytes[j + 1] == 0x5C {   // ESC \ ends it
                    i = j + 2
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
    /// text on screen (an `exe` made to look like a `png`).
    static func bidiControls(in bytes: [UInt8], limit: Int = 3) -> [Finding] {
        var findings: [Finding] = []
        scan(bytes) { scalar, offset in
            guard let v = scalar?.value else { return true }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                findings.append(Finding(kind: "bidi control U+\(String(v, radix: 16, uppercase: true))", offset: offset,
                                        context: context(bytes, offset)))
            }
            return findings.count < limit
        }
        return findings
    }

    /// True when any 8 consecutive characters of the token's secret part (after a `liza_mcp_`
    /// style prefix) appear: a whole token, or a piece of one cut short.
    static func leaksToken(_ bytes: [UInt8], token: String) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let secret = Array(token.split(separator: "_").last.map(String.init) ?? token)
        guard secret.count >= 8 else { return text.contains(token) }
        for start in 0...(secret.count - 8) where text.contains(String(secret[start..<(start + 8)])) {
            return true
        }
        return false
    }

    /// Decodes UTF-8, calling `visit` with each scalar (nil for an invalid byte) and its byte
    /// offset until it returns false.
    private static func scan(_ bytes: [UInt8], _ visit: (Unicode.Scalar?, Int) -> Bool) {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard visit(scalar, offset) else { return }
                offset += UTF8.width(scalar)
            case .error:
                guard visit(nil, offset) else { return }
                offset += 1
            case .emptyInput:
                return
            }
        }
    }

    /// A few bytes around `offset`, with controls shown as `\u{…}`.
    private static func context(_ bytes: [UInt8], _ offset: Int) -> String {
        let slice = bytes[max(0, offset - 16)..<min(bytes.count, offset + 16)]
        return String(decoding: slice, as: UTF8.self).unicodeScalars.map { s in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
                ? "\\u{\(String(s.value, radix: 16))}" : String(s)
        }.joined()
    }
}
