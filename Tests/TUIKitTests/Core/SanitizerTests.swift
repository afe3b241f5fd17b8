import Testing
@testable import TUIKit

@Suite("Sanitizer")
struct SanitizerTests {
    static let cases: [(String, String, String)] = [
        ("plain text", "plain text", "printable ASCII is unchanged"),
        ("héllo 世界 👍", "héllo 世界 👍", "normal Unicode is unchanged"),
        ("\u{1B}[2J", "␛[2J", "clear-screen sequence"),
        ("\u{1B}]52;c;aGVsbG8=\u{07}", "␛]52;c;aGVsbG8=␇", "OSC 52 clipboard write"),
        ("\u{1B}]8;;http://evil\u{1B}\\x", "␛]8;;http://evil␛\\x", "OSC 8 hyperlink"),
        ("a\tb", "a␉b", "tab"),
        ("a\nb", "a␊b", "line feed"),
        ("a\r\nb", "a␍␊b", "CRLF"),
        ("\u{0}", "␀", "NUL"),
        ("\u{7F}", "␡", "DEL"),
        ("\u{9B}31m", "\u{FFFD}31m", "8-bit CSI (C1)"),
        ("\u{85}", "\u{FFFD}", "NEL (C1)"),
        ("abc\u{202E}fed", "abc\u{FFFD}fed", "right-to-left override"),
        ("\u{202A}x\u{202C}", "\u{FFFD}x\u{FFFD}", "embedding and pop"),
        ("\u{2066}x\u{2069}", "\u{FFFD}x\u{FFFD}", "isolates"),
        ("a\u{200E}b\u{200F}c\u{061C}", "a\u{FFFD}b\u{FFFD}c\u{FFFD}", "LRM, RLM, ALM"),
        ("a\u{200B}b", "a\u{FFFD}b", "zero-width space"),
        ("a\u{200C}b", "a\u{FFFD}b", "zero-width non-joiner"),
        ("a\u{200D}b", "a\u{FFFD}b", "ZWJ between letters"),
        ("\u{FEFF}x", "\u{FFFD}x", "byte order mark"),
        ("co\u{AD}op", "co\u{FFFD}op", "soft hyphen"),
        ("a\u{2028}b\u{2029}", "a\u{FFFD}b\u{FFFD}", "line and paragraph separators"),
        ("\u{0378}", "\u{FFFD}", "unassigned"),
        ("\u{FFFF}", "\u{FFFD}", "noncharacter"),
        ("\u{E000}", "\u{E000}", "private use is kept (icon fonts)"),
        ("👩‍💻", "👩‍💻", "ZWJ inside an emoji sequence is kept"),
        ("👨‍👩‍👧‍👦", "👨‍👩‍👧‍👦", "family sequence is kept"),
        ("🏳️‍🌈", "🏳️‍🌈", "VS16 and ZWJ in a flag sequence are kept"),
        ("👍🏽‍👍", "👍🏽‍👍", "ZWJ after a skin tone is kept"),
        ("👩\u{200D}", "👩\u{FFFD}", "trailing ZWJ"),
        ("\u{200D}👩", "\u{FFFD}👩", "leading ZWJ"),
        ("❤️", "❤️", "VS16 is kept"),
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "subdivision flag"),
        ("a\u{E0041}", "a\u{FFFD}", "tag character outside a flag"),
        ("\u{301}abc", "\u{25CC}\u{301}abc", "lone combining mark gets a dotted-circle base"),
        ("\u{1B}\u{301}", "␛\u{25CC}\u{301}", "a mark after a removed control does not fuse with the placeholder"),
        ("\u{1161}", "\u{FFFD}", "lone medial jamo (no leading consonant) is replaced"),
        ("x\u{1161}\u{11A8}", "x\u{FFFD}\u{FFFD}", "medial and final jamo after a non-jamo"),
        ("\u{1100}\u{1161}\u{11A8}", "\u{1100}\u{1161}\u{11A8}", "a full jamo syllable is kept"),
    ]

    @Test("replacements", arguments: cases.indices)
    func replacement(_ i: Int) {
        let (input, expected, what) = Self.cases[i]
        let out = Sanitizer.sanitize(input)
        #expect(out.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(what): got \(out.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func marksAreCapped() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 40) + "b"
        let out = Sanitizer.sanitize(zalgo)
        #expect(out.unicodeScalars.filter { $0.value == 0x301 }.count == Sanitizer.maximumMarksPerBase)
        #expect(out.hasSuffix("b"))
    }

    @Test func isSafe() {
        for v: UInt32 in [0, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x200B, 0x200D, 0x202E, 0x2066, 0xFEFF, 0xAD, 0x2028, 0x378, 0xFFFE] {
            #expect(!Sanitizer.isSafe(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x20, 0x41, 0x7E, 0xA0, 0xE9, 0x301, 0x4E2D, 0x1F600, 0xFE0F, 0xE000] {
            #expect(Sanitizer.isSafe(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
    }
}
