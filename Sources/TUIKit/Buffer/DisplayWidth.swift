/// Terminal display width of text, in columns.
///
/// Terminals advance the cursor by a per-character width (glibc `wcwidth`), except for emoji
/// sequences, which modern terminals draw as one two-column glyph. This type mirrors that so that
/// what a `Buffer` believes and what the terminal shows agree:
/// - East Asian Wide/Fullwidth and emoji-presentation characters take 2 columns;
/// - combining marks, format characters and medial/final Hangul jamo take 0;
/// - everything else takes 1;
/// - an emoji sequence (ZWJ sequence, VS16 sequence, skin tone, keycap, flag pair, tag flag) is one
///   2-column glyph, and a VS15 (text presentation) sequence is 1 column.
///
/// The tables are our own (see `DisplayWidth+Tables.swift`) rather than libc's `wcwidth`, which is
/// locale-dependent and hidden from Swift on glibc.
///
/// Text is measured as it will be shown: `of(_:)` measures the sanitized form (see `Sanitizer`), so
/// `DisplayWidth.of(text)` is exactly the number of columns `Buffer.write` uses for `text`.
public enum DisplayWidth {
    /// Columns a single grapheme occupies when shown: usually 0, 1 or 2. A cluster that holds several
    /// spacing characters (a Devanagari conjunct, Thai SARA AM) counts each of them, as terminals do.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first, Sanitizer.isSafe(s), !isZeroWidth(s) { return of(s) }
        return of(String(c))
    }

    /// Columns a string occupies when written with `Buffer.write` (after sanitizing).
    public static func of(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        var total = 0
        for c in Sanitizer.sanitize(s) { total += rawWidth(c) }
        return total
    }

    /// Columns one scalar occupies on its own: 0, 1 or 2. Controls count 0 here (they never reach a
    /// cell; the sanitizer replaces them with 1-column pictures).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(scalar) { return 2 }
        return 1
    }

    /// The cells a sanitized grapheme occupies, each with its width. An emoji sequence or a simple
    /// grapheme is one cell; a cluster with several spacing characters is split so that every cell
    /// holds exactly one spacing character and the marks that follow it (the model curses uses).
    public static func cells(of c: Character) -> [(grapheme: Character, width: Int)] {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first { return [(c, of(s))] }
        if let w = emojiWidth(Array(scalars)) { return [(c, w)] }
        var pieces: [String.UnicodeScalarView] = []
        var widths: [Int] = []
        for s in scalars {
            let w = of(s)
            if w > 0 || pieces.isEmpty {
                pieces.append(String.UnicodeScalarView([s]))
                widths.append(w)
            } else {
                pieces[pieces.count - 1].append(s)
            }
        }
        if pieces.count == 1 { return [(c, widths[0])] }
        var out: [(grapheme: Character, width: Int)] = []
        for (piece, w) in zip(pieces, widths) {
            let str = String(piece)
            if str.count == 1, let ch = str.first {
                out.append((ch, w))
            } else {
                // Segmentation would differ from ours: fall back to one cell per scalar.
                for s in piece { out.append((Character(s), of(s))) }
            }
        }
        return out
    }

    /// Whether a scalar is East Asian Wide/Fullwidth or has emoji presentation.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool { contains(wideRanges, scalar.value) }

    /// Whether a scalar takes no column of its own (combining mark, format character, medial jamo).
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool { contains(zeroWidthRanges, scalar.value) }

    /// Whether a scalar is Extended_Pictographic (a possible emoji sequence base).
    public static func isExtendedPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA9 && contains(extendedPictographicRanges, scalar.value)
    }

    /// Whether a scalar is a regional indicator (half of a flag).
    public static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

    /// Whether a scalar is an emoji skin-tone modifier.
    public static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool { (0x1F3FB...0x1F3FF).contains(scalar.value) }

    // MARK: - Internals

    /// Width of an already-sanitized grapheme.
    static func rawWidth(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let s = scalars.first { return of(s) }
        if let w = emojiWidth(Array(scalars)) { return w }
        var total = 0
        for s in scalars { total += of(s) }
        return total
    }

    /// The width of an emoji sequence, or nil when `scalars` is not one.
    static func emojiWidth(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first, scalars.count > 1 else { return nil }
        if isRegionalIndicator(first) {
            return isRegionalIndicator(scalars[1]) ? 2 : nil
        }
        let hasVS16 = scalars.contains { $0.value == 0xFE0F }
        if isKeycapBase(first) {
            return hasVS16 && scalars.contains { $0.value == 0x20E3 } ? 2 : nil
        }
        guard isExtendedPictographic(first) else { return nil }
        let hasZWJ = scalars.contains { $0.value == 0x200D }
        if scalars.contains(where: { $0.value == 0xFE0E }) && !hasZWJ { return 1 }
        if isWide(first) || hasVS16 || hasZWJ
            || scalars.contains(where: isEmojiModifier)
            || scalars.contains(where: { (0xE0020...0xE007F).contains($0.value) }) {
            return 2
        }
        return nil
    }

    private static func isKeycapBase(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || s.value == 0x23 || s.value == 0x2A
    }

    /// Binary search in a flat `[lo, hi, lo, hi, …]` table.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count / 2 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[2 * mid] { hi = mid - 1 } else if v > table[2 * mid + 1] { lo = mid + 1 } else { return true }
        }
        return false
    }
}
