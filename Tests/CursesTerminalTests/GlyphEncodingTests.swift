import Testing
@testable import CursesTerminal

struct GlyphEncodingTests {
    /// glibc's wcwidth in C.UTF-8 for the code points used here (checked with a C program).
    func wcwidth(_ u: UInt32) -> Int {
        switch u {
        case 0x200D, 0xFE0F, 0x301: return 0
        case 0x6771, 0x4EAC, 0x1F600, 0x1F469, 0x1F4BB: return 2
        case 0x1FAE8: return -1
        default: return u < 0x20 ? -1 : 1
        }
    }

    @Test func plainAndWideTextIsWrittenAsText() {
        #expect(GlyphEncoding.encode("a", columns: 1, width: wcwidth) == .text([0x61], padding: 0))
        #expect(GlyphEncoding.encode("東", columns: 2, width: wcwidth) == .text([0x6771], padding: 0))
        #expect(GlyphEncoding.encode("e\u{301}", columns: 1, width: wcwidth) == .text([0x65, 0x301], padding: 0))
    }

    @Test func flagIsTwoNarrowRegionalIndicators() {
        #expect(GlyphEncoding.encode("🇩🇪", columns: 2, width: wcwidth) == .text([0x1F1E9, 0x1F1EA], padding: 0))
    }

    @Test func zwjSequenceIsPackedIntoOneCell() {
        #expect(GlyphEncoding.encode("👩‍💻", columns: 2, width: wcwidth) == .cluster([0x1F469, 0x200D, 0x1F4BB]))
    }

    @Test func narrowerThanTheFrameIsPadded() {
        // ❤️ is 1 column to wcwidth but the frame gave it 2.
        #expect(GlyphEncoding.encode("❤️", columns: 2, width: wcwidth) == .text([0x2764, 0xFE0F], padding: 1))
    }

    @Test func unknownOrWiderThanTheFrameIsReplaced() {
        #expect(GlyphEncoding.encode("🫨", columns: 2, width: wcwidth) == .text([0xFFFD], padding: 1))
        #expect(GlyphEncoding.encode("東", columns: 1, width: wcwidth) == .text([0xFFFD], padding: 0))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect(GlyphEncoding.encode("\u{1B}", columns: 1, width: { _ in 1 }) == .text([0xFFFD], padding: 0))
        #expect(GlyphEncoding.encode("\u{9B}", columns: 1, width: { _ in 1 }) == .text([0xFFFD], padding: 0))
    }
}
