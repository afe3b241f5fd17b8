import Testing
import TUIKit

struct OSC8LinkTests {
    @Test func wrapsASanitizedURL() {
        let url = "https://x.example/a?b=1"
        #expect(OSC8Link.render(url, enabled: true) == "\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\")
        #expect(OSC8Link.render(url, enabled: false) == url)
    }

    @Test func aHostileURLCannotCarryControlBytes() {
        // An ESC \ would end the link early and whatever follows would be interpreted.
        let hostile = "https://x.example/\u{1B}\\\u{1B}]0;pwned\u{07}\u{9B}2J é"
        let safe = OSC8Link.sanitizedURL(hostile)
        #expect(safe.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) })
        #expect(safe == "https://x.example/\\]0;pwned%C2%9B2J%20%C3%A9")
        let rendered = OSC8Link.render(hostile, enabled: true)
        #expect(rendered.unicodeScalars.filter { $0.value == 0x1B }.count == 4) // only the link's own
    }

    @Test func enabledOnlyOnCapableTerminals() {
        #expect(OSC8Link.enabled(isTTY: true, environment: ["TERM": "xterm-256color"], configured: true))
        #expect(!OSC8Link.enabled(isTTY: true, environment: ["TERM": "linux"], configured: true))
        #expect(!OSC8Link.enabled(isTTY: true, environment: ["TERM": "dumb"], configured: true))
        #expect(!OSC8Link.enabled(isTTY: true, environment: [:], configured: true))
        #expect(!OSC8Link.enabled(isTTY: false, environment: ["TERM": "xterm"], configured: true))
        #expect(!OSC8Link.enabled(isTTY: true, environment: ["TERM": "xterm"], configured: false))
    }
}
