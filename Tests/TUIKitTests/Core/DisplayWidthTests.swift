import Testing
@testable import TUIKit

@Suite("DisplayWidth")
struct DisplayWidthTests {
    /// Hard cases: what a terminal shows, in columns.
    static let cases: [(String, Int, String)] = [
        ("a", 1, "ASCII"),
        ("hello", 5, "ASCII word"),
        ("中", 2, "CJK ideograph"),
        ("日本語", 6, "CJK word"),
        ("한", 2, "precomposed Hangul"),
        ("한국어", 6, "Hangul word"),
        ("\u{1112}\u{1161}\u{11AB}", 2, "Hangul jamo L+V+T is one wide syllable"),
        ("Ａ", 2, "fullwidth Latin"),
        ("！", 2, "fullwidth punctuation"),
        ("ｱ", 1, "halfwidth katakana"),
        ("€", 1, "euro sign"),
        ("👍", 2, "emoji"),
        ("👍🏽", 2, "emoji with skin tone"),
        ("👨‍👩‍👧‍👦", 2, "family ZWJ sequence"),
        ("👩‍💻", 2, "profession ZWJ sequence"),
        ("🏳️‍🌈", 2, "rainbow flag: VS16 + ZWJ"),
        ("🇯🇵", 2, "flag pair"),
        ("🇯", 1, "lone regional indicator"),
        ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 2, "subdivision flag (England)"),
        ("1️⃣", 2, "keycap with VS16"),
        ("#️⃣", 2, "hash keycap"),
        ("❤️", 2, "heart with VS16 (emoji presentation)"),
        ("❤", 1, "heart without VS16 (text presentation)"),
        ("☺", 1, "text-default smiley"),
        ("☺️", 2, "smiley with VS16"),
        ("⌚", 2, "watch: emoji presentation by default"),
        ("⌚\u{FE0E}", 1, "watch with VS15: text presentation"),
        ("e\u{301}", 1, "e + combining acute"),
        ("中\u{301}", 2, "wide base + combining mark"),
        ("\u{301}", 1, "lone combining mark is shown on a dotted circle"),
        ("\u{200D}", 1, "zero-width joiner alone is shown as a placeholder"),
        ("a\u{200B}b", 3, "zero-width space is shown as a placeholder"),
        ("ก่", 1, "Thai consonant + tone mark"),
        ("กำ", 2, "Thai SARA AM is a spacing character"),
        ("น้ำ", 2, "Thai consonant + mark + SARA AM"),
        ("क्", 1, "Devanagari consonant + virama"),
        ("कि", 2, "Devanagari consonant + spacing vowel sign"),
        ("नमस्ते", 4, "Devanagari word"),
        ("\u{1B}[2J", 4, "escape sequence: ESC is shown as ␛"),
        ("\r\n", 2, "CRLF is shown as ␍␊"),
        ("abc中", 5, "mixed"),
        ("\u{E000}", 1, "private use"),
    ]

    @Test("hard cases", arguments: cases.indices)
    func hardCase(_ i: Int) {
        let (text, width, what) = Self.cases[i]
        #expect(DisplayWidth.of(text) == width, "\(what)")
        if text.count == 1, let c = text.first {
            #expect(DisplayWidth.of(c) == width, "\(what) as a Character")
        }
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E2D)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F600)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2764)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x41)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2, "CJK extension B")
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2, "ideographic space")
    }

    @Test func tablesAreSortedAndDisjoint() {
        for table in [DisplayWidth.zeroWidthRanges, DisplayWidth.wideRanges, DisplayWidth.extendedPictographicRanges] {
            #expect(table.count % 2 == 0)
            var previous: UInt32?
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1])
                if let p = previous { #expect(table[i] > p) }
                previous = table[i + 1]
            }
        }
    }

    @Test func binarySearchMatchesLinearScan() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<5000 {
            let v = UInt32.random(in: 0...0x10FFFF, using: &rng)
            var linear = false
            for i in stride(from: 0, to: DisplayWidth.wideRanges.count, by: 2)
            where DisplayWidth.wideRanges[i] <= v && v <= DisplayWidth.wideRanges[i + 1] { linear = true }
            #expect(DisplayWidth.contains(DisplayWidth.wideRanges, v) == linear)
        }
    }

    @Test func complexClustersAreSplitIntoCells() {
        // One spacing character per cell, as curses stores them.
        let cells = DisplayWidth.cells(of: Character("कि"))
        #expect(cells.map(\.width) == [1, 1])
        #expect(DisplayWidth.cells(of: Character("👨‍👩‍👧")).map(\.width) == [2])
        #expect(DisplayWidth.cells(of: Character("e\u{301}")).map(\.width) == [1])
    }
}

/// The generated tables (DisplayWidth+Tables.swift) checked against the Swift runtime's own
/// Unicode data, so a table error or a toolchain with newer Unicode data shows up here.
@Suite("DisplayWidth tables")
struct DisplayWidthTableTests {
    @Test func zeroWidthIsMarksFormatAndJamo() {
        var mismatches: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let gc = s.properties.generalCategory
            let expected = gc == .nonspacingMark || gc == .enclosingMark || (gc == .format && v != 0xAD)
                || (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
            if DisplayWidth.isZeroWidth(s) != expected { mismatches.append(String(v, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func emojiPresentationIsWide() {
        var mismatches: [String] = []
        for v in UInt32(0x2000)...0x1FFFF {
            guard let s = Unicode.Scalar(v), s.properties.isEmojiPresentation, !DisplayWidth.isRegionalIndicator(s) else { continue }
            if !DisplayWidth.isWide(s) { mismatches.append(String(v, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func extendedPictographicMatchesGraphemeBreaking() {
        // Rule GB11 joins `pictograph ZWJ pictograph` into one grapheme, so the standard library's
        // segmentation tells which scalars are Extended_Pictographic.
        var mismatches: [String] = []
        for v in UInt32(0xA9)...0x1FFFF {
            guard let s = Unicode.Scalar(v), s.properties.generalCategory != .control else { continue }
            var text = String.UnicodeScalarView()
            text.append(s)
            text.append("\u{200D}")
            text.append("\u{1F600}")
            let joined = String(text).count == 1
            if DisplayWidth.isExtendedPictographic(s) != joined { mismatches.append(String(v, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
