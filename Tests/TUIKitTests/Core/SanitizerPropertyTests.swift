import Testing
@testable import TUIKit

/// 10,000 seeded random hostile strings written into buffers: no cell may ever hold something a
/// terminal would act on or that hides text, and widths must add up exactly.
@Suite("Sanitizer property")
struct SanitizerPropertyTests {
    static let fragments: [String] = [
        "a", "Z", "0", " ", "~", "hello", "é", "e\u{301}", "中", "文字", "한", "\u{1100}\u{1161}", "Ａ",
        "\u{1B}[2J", "\u{1B}[31m", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}[6n",
        "\u{1B}]0;title\u{07}", "\u{9B}31m", "\u{9D}52;c;x\u{9C}", "\u{1B}", "\u{07}", "\t", "\n", "\r", "\r\n",
        "\u{0}", "\u{7F}", "\u{85}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}",
        "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{200C}",
        "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2028}", "\u{2029}", "\u{2060}", "\u{180E}", "\u{E0041}",
        "👍", "👍🏽", "👨‍👩‍👧", "👩‍💻", "🏳️‍🌈", "🇯🇵", "🇯", "1️⃣", "❤️", "❤", "⌚\u{FE0E}",
        "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "\u{301}", "\u{336}", "\u{20E3}",
        "\u{FE0F}", "\u{FE0E}", "\u{1160}", "กำ", "น้ำ", "क्षि", "नमस्ते", "\u{0600}", "\u{E000}", "\u{0378}",
        "\u{FFFF}", "\u{FFFD}", "…",
    ]

    static func randomString(_ rng: inout SeededGenerator) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...24, using: &rng) {
            if Int.random(in: 0..<6, using: &rng) == 0 {
                // Any Unicode scalar at all.
                var v = UInt32.random(in: 0...0x10FFFF, using: &rng)
                if (0xD800...0xDFFF).contains(v) { v = 0x1B }
                if let scalar = Unicode.Scalar(v) { s.unicodeScalars.append(scalar) }
            } else if let f = fragments.randomElement(using: &rng) {
                s += f
            }
        }
        return s
    }

    /// Test output must itself be safe to print: non-printable-ASCII scalars as `<U+XXXX>`.
    static func describe(_ text: String) -> String {
        text.unicodeScalars.map { s in
            (0x20..<0x7F).contains(s.value) ? String(s) : "<U+\(String(s.value, radix: 16, uppercase: true))>"
        }.joined()
    }

    /// Why a cell's grapheme is not allowed, or nil.
    static func violation(_ cell: Cell) -> String? {
        let scalars = Array(cell.grapheme.unicodeScalars)
        guard let first = scalars.first else { return "empty grapheme" }
        if cell.isContinuation { return scalars == [" "] ? nil : "continuation holds text" }
        if DisplayWidth.isZeroWidth(first) { return "starts with a zero-width scalar (would fuse with the previous cell)" }
        let tagFlag = first.value == 0x1F3F4
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return "control U+\(String(v, radix: 16))" }
            if v == 0x2028 || v == 0x2029 { return "separator" }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x61C {
                return "bidi control U+\(String(v, radix: 16))"
            }
            if s.properties.generalCategory == .format {
                if v == 0x200D {
                    var j = i - 1
                    while j >= 0, scalars[j].value == 0xFE0F || DisplayWidth.isEmojiModifier(scalars[j]) { j -= 1 }
                    let ok = j >= 0 && i + 1 < scalars.count
                        && DisplayWidth.isExtendedPictographic(scalars[j]) && DisplayWidth.isExtendedPictographic(scalars[i + 1])
                    if !ok { return "ZWJ outside an emoji sequence" }
                } else if !(tagFlag && (0xE0020...0xE007F).contains(v)) {
                    return "format character U+\(String(v, radix: 16))"
                }
            }
            if s.properties.generalCategory == .unassigned { return "unassigned U+\(String(v, radix: 16))" }
        }
        return nil
    }

    /// Why a row is inconsistent (half glyphs, widths that do not add up), or nil.
    static func rowViolation(_ buffer: Buffer, _ y: Int) -> String? {
        var x = 0
        while x < buffer.size.width {
            let cell = buffer[x, y]
            if let v = violation(cell) { return "column \(x): \(v)" }
            if cell.isContinuation { return "column \(x): continuation without a wide grapheme before it" }
            let w = DisplayWidth.of(cell.grapheme)
            if w == 2 {
                guard x + 1 < buffer.size.width, buffer[x + 1, y].isContinuation else {
                    return "column \(x): wide grapheme without its continuation"
                }
                x += 2
            } else if w == 1 {
                x += 1
            } else {
                return "column \(x): grapheme of width \(w)"
            }
        }
        return nil
    }

    @Test func tenThousandHostileStrings() {
        var rng = SeededGenerator(seed: 0x5EED_1234)
        var failures: [String] = []
        for n in 0..<10_000 {
            let text = Self.randomString(&rng)
            let clean = Sanitizer.sanitize(text)
            if Sanitizer.sanitize(clean) != clean { failures.append("#\(n) not idempotent: \(Self.describe(text))") }

            let width = Int.random(in: 1...40, using: &rng)
            var buffer = Buffer(size: Size(width: width, height: 2))
            // Something to overwrite first, so stale half-glyphs would show.
            buffer.write("中文字幕👍x中文字幕👍x中文字幕👍x中文字幕👍x", at: Point(x: Int.random(in: -1...1, using: &rng), y: 0))
            let x = Int.random(in: -3...width, using: &rng)
            let maxWidth: Int? = Bool.random(using: &rng) ? nil : Int.random(in: 0...50, using: &rng)
            let written = buffer.write(text, at: Point(x: x, y: 0), style: .plain, maxWidth: maxWidth)
            let limit = min(maxWidth ?? Int.max, width - x)
            let total = DisplayWidth.of(text)
            if limit <= 0 {
                if written != 0 { failures.append("#\(n) wrote \(written) columns with no room") }
            } else if written > limit {
                failures.append("#\(n) wrote \(written) > limit \(limit)")
            } else if total <= limit && written != total {
                failures.append("#\(n) wrote \(written), expected the full \(total): \(Self.describe(text))")
            }
            let alignment: TextAlignment = [.left, .center, .right].randomElement(using: &rng) ?? .left
            let rect = Rect(x: Int.random(in: -2...width, using: &rng), y: 1, width: Int.random(in: 0...45, using: &rng), height: 1)
            let inRect = buffer.write(text, in: rect, style: .plain, alignment: alignment)
            if inRect > rect.width { failures.append("#\(n) write(in:) used \(inRect) > \(rect.width)") }
            if total <= rect.width && rect.minX >= 0 && rect.maxX <= width && inRect != total {
                failures.append("#\(n) write(in:) wrote \(inRect), expected \(total)")
            }
            for y in 0..<2 {
                if let v = Self.rowViolation(buffer, y) { failures.append("#\(n) row \(y): \(v): \(Self.describe(text))") }
            }
            if failures.count > 20 { break }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test func measuringAgreesWithWriting() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let text = Self.randomString(&rng)
            let total = DisplayWidth.of(text)
            var buffer = Buffer(size: Size(width: total + 2, height: 1))
            #expect(buffer.write(text, at: .zero) == total, "\(Self.describe(text))")
            #expect(TextCells.width(TextCells.of(Sanitizer.sanitize(text))) == total)
        }
    }
}
