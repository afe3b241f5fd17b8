import Testing
@testable import CursesTerminal

struct OSC52Tests {
    @Test func plainSequence() {
        #expect(String(decoding: OSC52.sequence(for: "hi", insideTmux: false), as: UTF8.self) == "\u{1B}]52;c;aGk=\u{07}")
    }

    @Test func tmuxGetsPlainAndPassthroughWithDoubledEscapes() {
        let s = String(decoding: OSC52.sequence(for: "hi", insideTmux: true), as: UTF8.self)
        #expect(s == "\u{1B}]52;c;aGk=\u{07}" + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;aGk=\u{07}\u{1B}\\")
    }

    @Test func longTextIsCutAtACharacterBoundary() {
        let text = String(repeating: "東", count: 100)
        let cut = OSC52.truncated(text, maxPayload: 40)
        #expect(cut == String(repeating: "東", count: 10)) // 30 bytes -> 40 base64 characters
        let bytes = OSC52.sequence(for: text, insideTmux: false, maxPayload: 40)
        #expect(bytes.count == "\u{1B}]52;c;".utf8.count + 40 + 1)
    }
}
