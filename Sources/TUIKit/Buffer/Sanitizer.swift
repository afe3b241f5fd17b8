/// The single boundary for untrusted text: everything a `Buffer` shows passes through `sanitize`.
///
/// Text from the API, from files and from the user can hold bytes a terminal *acts on* (ESC starts
/// an escape sequence: OSC 52 writes the clipboard, CSI moves the cursor or clears the screen) or
/// characters that *hide or reorder* text (bidi overrides, zero-width characters). Nothing of the
/// kind may reach a cell. Each is replaced by a visible placeholder, so the user sees that something
/// was there instead of being fooled by it:
///
/// | input                                            | shown as                         |
/// |--------------------------------------------------|----------------------------------|
/// | C0 controls U+0000–001F (incl. ESC, TAB, LF, CR) | Control Pictures `␀`…`␟` (`␛`)    |
/// | DEL U+007F                                       | `␡`                              |
/// | C1 controls U+0080–009F                          | `�`                              |
/// | format characters (Cf): bidi embeddings, overrides and isolates, LRM/RLM/ALM, zero-width space and joiners, BOM, soft hyphen, tags … | `�` |
/// | line and paragraph separators U+2028/2029        | `�`                              |
/// | unassigned code points and noncharacters         | `�` (their width is unknown, so a terminal could misplace them) |
///
/// Kept on purpose: ZWJ *between two pictographs* in one emoji sequence (👩‍💻), the tag characters of
/// a subdivision flag (🏴 + tags + cancel tag), variation selectors (they are combining marks, not
/// format characters), and private-use characters (icon fonts use them; they are inert).
///
/// Two more rules keep cells honest: a combining mark with no base of its own (at the start of the
/// text, or after a removed control) gets a visible dotted-circle base `◌`, so it can never fuse
/// with whatever the previous cell shows (a Hangul vowel or final jamo with no leading consonant,
/// which cannot take such a base, is replaced); and at most `maximumMarksPerBase` marks are kept on one
/// base, so "Zalgo" text cannot paint over neighbouring rows.
///
/// Line breaks are *not* interpreted here: widgets that show several lines split the text first
/// (see `TextWrap.lines`).
public enum Sanitizer {
    /// Shown instead of an unsafe character that has no control picture.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The visible base given to a combining mark that has none (U+25CC DOTTED CIRCLE, the
    /// conventional base for showing a mark alone).
    public static let markBase: Unicode.Scalar = "\u{25CC}"

    /// How many zero-width marks one base character may carry; the rest are dropped.
    public static let maximumMarksPerBase = 8

    private static let zeroWidthJoiner: UInt32 = 0x200D

    /// Returns `text` with every control and format character replaced by a visible placeholder,
    /// lone combining marks given a base and mark runs capped (see the type's documentation).
    /// Idempotent: sanitizing sanitized text changes nothing.
    public static func sanitize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for c in text { appendSanitized(c, to: &out) }
        return String(out)
    }

    /// Whether a scalar may appear in a cell regardless of its neighbours: false for C0/C1 controls,
    /// DEL, format characters (including ZWJ, which is only kept inside emoji sequences), line and
    /// paragraph separators, unassigned code points and noncharacters.
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if v < 0x7F { return true }
        if scalar.properties.isNoncharacterCodePoint { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .control: return false
        default: return true
        }
    }

    /// The visible stand-in for an unsafe scalar: a Control Picture for C0 and DEL, `�` otherwise.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) ?? replacement }
        if v == 0x7F { return "\u{2421}" }
        return replacement
    }

    /// Sanitizes one grapheme of the input and appends the result.
    private static func appendSanitized(_ c: Character, to out: inout String.UnicodeScalarView) {
        let scalars = Array(c.unicodeScalars)
        if scalars.count == 1, let s = scalars.first {
            if isSafe(s) {
                if isMedialOrFinalJamo(s) {
                    out.append(replacement)
                    return
                }
                if DisplayWidth.isZeroWidth(s) { out.append(markBase) }
                out.append(s)
            } else {
                out.append(placeholder(for: s))
            }
            return
        }
        let tagFlag = isTagFlag(scalars)
        var marks = 0
        var first = true
        var previous: Unicode.Scalar?
        for (i, s) in scalars.enumerated() {
            var kept: Unicode.Scalar
            if isSafe(s) || (tagFlag && i > 0) || (s.value == zeroWidthJoiner && joinsEmoji(scalars, at: i)) {
                kept = s
            } else {
                kept = placeholder(for: s)
            }
            // A vowel or final jamo that does not continue a syllable cannot take a dotted-circle
            // base (they only join Hangul), so it is shown as a replacement.
            if isMedialOrFinalJamo(kept) && !continuesSyllable(kept, after: previous) { kept = replacement }
            previous = kept
            let zeroWidth = DisplayWidth.isZeroWidth(kept)
            if first && zeroWidth { out.append(markBase) }
            first = false
            if zeroWidth && !tagFlag {
                marks += 1
                if marks > maximumMarksPerBase { continue }
            } else if !zeroWidth {
                marks = 0
            }
            out.append(kept)
        }
    }

    /// A ZWJ is part of an emoji sequence when a pictograph (possibly with VS16 or a skin tone)
    /// comes before it and a pictograph comes right after it.
    private static func joinsEmoji(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count, DisplayWidth.isExtendedPictographic(scalars[i + 1]) else { return false }
        var j = i - 1
        while j >= 0, scalars[j].value == 0xFE0F || DisplayWidth.isEmojiModifier(scalars[j]) { j -= 1 }
        return j >= 0 && DisplayWidth.isExtendedPictographic(scalars[j])
    }

    /// Hangul vowel (medial) and final jamo: zero-width, joining only a preceding leading jamo.
    private static func isMedialOrFinalJamo(_ s: Unicode.Scalar) -> Bool {
        (0x1160...0x11FF).contains(s.value) || (0xD7B0...0xD7FF).contains(s.value)
    }

    /// Whether a vowel or final jamo joins the scalar before it (Unicode grapheme rules GB6–GB8).
    private static func continuesSyllable(_ jamo: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        guard let p = previous?.value else { return false }
        let isVowel = (0x1160...0x11A7).contains(jamo.value) || (0xD7B0...0xD7C6).contains(jamo.value)
        let prevLeading = (0x1100...0x115F).contains(p) || (0xA960...0xA97C).contains(p)
        let prevVowel = (0x1160...0x11A7).contains(p) || (0xD7B0...0xD7C6).contains(p)
        let prevFinal = (0x11A8...0x11FF).contains(p) || (0xD7CB...0xD7FB).contains(p)
        let prevSyllable = (0xAC00...0xD7A3).contains(p)
        let prevOpenSyllable = prevSyllable && (p - 0xAC00) % 28 == 0
        if isVowel { return prevLeading || prevVowel || prevOpenSyllable }
        return prevVowel || prevFinal || prevSyllable
    }

    /// 🏴 followed by tag letters and the cancel tag: a subdivision flag such as England's.
    private static func isTagFlag(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3, scalars[0].value == 0x1F3F4, scalars[scalars.count - 1].value == 0xE007F else { return false }
        return scalars[1..<(scalars.count - 1)].allSatisfy { (0xE0020...0xE007E).contains($0.value) }
    }
}
