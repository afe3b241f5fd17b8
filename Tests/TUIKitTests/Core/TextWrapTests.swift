import Testing
@testable import TUIKit

@Suite("TextWrap")
struct TextWrapTests {
    @Test func splitsLines() {
        #expect(TextWrap.lines("a\nb\r\nc\rd") == ["a", "b", "c", "d"])
        #expect(TextWrap.lines("a\n") == ["a", ""])
        #expect(TextWrap.lines("") == [""])
        #expect(TextWrap.lines("a\u{2028}b") == ["a", "b"])
    }

    @Test func expandsTabsToStops() {
        #expect(TextWrap.lines("a\tb", tabWidth: 4) == ["a   b"])
        #expect(TextWrap.lines("abcd\tb", tabWidth: 4) == ["abcd    b"])
        #expect(TextWrap.lines("中\tx", tabWidth: 4) == ["中  x"])
        #expect(TextWrap.lines("\t", tabWidth: 2) == ["  "])
    }

    static let cases: [(String, Int, [String])] = [
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        ("the quick brown fox", 9, ["the quick", "brown fox"]),
        ("the quick brown fox", 5, ["the", "quick", "brown", "fox"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("see https://example.com/authorize?x=1", 12, ["see", "https://exam", "ple.com/auth", "orize?x=1"]),
        ("中文中文中", 5, ["中文", "中文", "中"]),
        ("中文", 1, ["中", "文"]),
        ("a\nb c", 10, ["a", "b c"]),
        ("", 10, [""]),
        ("   ", 2, [""]),
        ("a  b", 10, ["a  b"]),
    ]

    @Test("word wrap", arguments: cases.indices)
    func wrap(_ i: Int) {
        let (text, width, expected) = Self.cases[i]
        #expect(TextWrap.wrap(text, width: width) == expected, "\(text) at \(width)")
    }

    @Test func longURLIsShownInFull() {
        let url = "http://127.0.0.1:4567/authorize/conn_0123456789abcdef?state=s_9f8e7d6c5b4a3210&redirect_url=http%3A%2F%2Flocalhost"
        for width in [1, 7, 20, 33, 80] {
            let lines = TextWrap.wrap(url, width: width)
            #expect(lines.joined() == url)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        }
    }

    @Test func hardWrapKeepsEverything() {
        #expect(TextWrap.hardWrap("ab cd ef", width: 3) == ["ab ", "cd ", "ef"])
        #expect(TextWrap.hardWrap("a中b", width: 2) == ["a", "中", "b"])
    }

    @Test func wrapPreservesEveryNonSpaceCharacter() {
        var rng = SeededGenerator(seed: 99)
        let words = ["a", "bb", "ccc", "中文", "👍", "https://x.example/a/b/c?d=e", "é", " ", "  ", "supercalifragilistic"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...15, using: &rng) {
                text += words.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { text += " " }
            }
            let width = Int.random(in: 1...30, using: &rng)
            let lines = TextWrap.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            for line in lines {
                let w = DisplayWidth.of(line)
                #expect(w <= width || (width == 1 && w == 2), "\(line) in \(width)")
            }
        }
    }
}
