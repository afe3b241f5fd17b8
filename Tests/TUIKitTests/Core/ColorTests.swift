import Testing
@testable import TUIKit

@Suite("Colour")
struct ColorTests {
    static let to256: [(Color, UInt8)] = [
        (.rgb(255, 0, 0), 196),
        (.rgb(0, 0, 0), 16),
        (.rgb(255, 255, 255), 231),
        (.rgb(128, 128, 128), 244),
        (.rgb(135, 175, 215), 110),
        (.rgb(0x88, 0xC0, 0xD0), 110),
        (.rgb(0x2E, 0x34, 0x40), 237),
        (.rgb(18, 18, 18), 233),
    ]

    @Test("truecolor → 256", arguments: to256.indices)
    func downgradeTo256(_ i: Int) {
        let (color, index) = Self.to256[i]
        #expect(color.downgraded(to: .palette256) == .indexed(index))
    }

    @Test func paletteRoundTrip() {
        for n in 16...255 {
            let rgb = Color.paletteRGB(UInt8(n))
            #expect(Color.paletteRGB(Color.nearestPaletteIndex(to: rgb)) == rgb, "index \(n)")
        }
    }

    @Test func referenceColoursMapToThemselves() {
        for a in ANSIColor.allCases {
            let rgb = a.referenceRGB
            #expect(Color.rgb(rgb.r, rgb.g, rgb.b).downgraded(to: .ansi16) == .ansi(a), "\(a)")
        }
    }

    static let to16: [(Color, ANSIColor)] = [
        (.rgb(0x2E, 0x34, 0x40), .black),
        (.rgb(0x00, 0x2B, 0x36), .black),
        (.rgb(0x88, 0xC0, 0xD0), .brightCyan),
        (.rgb(0xFA, 0xBD, 0x2F), .brightYellow),
        (.rgb(0xDC, 0x32, 0x2F), .red),
        (.rgb(0xD8, 0xDE, 0xE9), .white),
        (.rgb(0x92, 0x83, 0x74), .brightBlack),
        (.rgb(0x50, 0xFA, 0x7B), .brightGreen),
        (.indexed(1), .red),
        (.indexed(9), .brightRed),
        (.indexed(196), .brightRed),
        (.indexed(16), .black),
        (.indexed(231), .brightWhite),
        (.indexed(244), .brightBlack),
        (.indexed(28), .green),
    ]

    @Test("→ 16", arguments: to16.indices)
    func downgradeTo16(_ i: Int) {
        let (color, ansi) = Self.to16[i]
        #expect(color.downgraded(to: .ansi16) == .ansi(ansi))
    }

    @Test func downgradeKeepsWhatFits() {
        #expect(Color.ansi(.red).downgraded(to: .palette256) == .ansi(.red))
        #expect(Color.indexed(100).downgraded(to: .truecolor) == .indexed(100))
        #expect(Color.rgb(1, 2, 3).downgraded(to: .truecolor) == .rgb(1, 2, 3))
        #expect(Color.default.downgraded(to: .ansi16) == .default)
        for c: Color in [.ansi(.red), .indexed(100), .rgb(1, 2, 3), .default] {
            #expect(c.downgraded(to: .none) == .default)
        }
    }

    @Test func styleResolution() {
        let style = Style(foreground: .rgb(255, 0, 0), background: .indexed(21), attributes: [.bold, .underline])
        #expect(style.resolved(for: .none) == Style(attributes: [.bold, .underline]))
        #expect(style.resolved(for: .palette256) == Style(foreground: .indexed(196), background: .indexed(21), attributes: [.bold, .underline]))
        #expect(style.resolved(for: .ansi16).foreground == .ansi(.brightRed))
    }

    @Test func sgr() {
        #expect(Style(foreground: .ansi(.red), attributes: .bold).sgr(for: .ansi16) == "\u{1B}[0;1;31m")
        #expect(Style(foreground: .ansi(.brightBlack), background: .ansi(.blue)).sgr(for: .ansi16) == "\u{1B}[0;90;44m")
        #expect(Style(foreground: .rgb(1, 2, 3)).sgr(for: .truecolor) == "\u{1B}[0;38;2;1;2;3m")
        #expect(Style(background: .indexed(200)).sgr(for: .palette256) == "\u{1B}[0;48;5;200m")
        #expect(Style(foreground: .rgb(1, 2, 3), attributes: .reverse).sgr(for: .none) == "\u{1B}[0;7m")
    }

    static let parsing: [(String, Color?)] = [
        ("default", .default),
        ("red", .ansi(.red)),
        ("Red", .ansi(.red)),
        ("bright-red", .ansi(.brightRed)),
        ("bright_red", .ansi(.brightRed)),
        ("brightred", .ansi(.brightRed)),
        ("gray", .ansi(.brightBlack)),
        ("grey", .ansi(.brightBlack)),
        ("#88c0d0", .rgb(0x88, 0xC0, 0xD0)),
        ("#AABBCC", .rgb(0xAA, 0xBB, 0xCC)),
        ("#abc", .rgb(0xAA, 0xBB, 0xCC)),
        ("12", .ansi(.brightBlue)),
        ("208", .indexed(208)),
        ("256", nil),
        ("#12345", nil),
        ("#ggg", nil),
        ("purple", nil),
        ("", nil),
    ]

    @Test("parsing", arguments: parsing.indices)
    func parse(_ i: Int) {
        let (text, expected) = Self.parsing[i]
        #expect((try? Color.parse(text)) == expected, "\(text)")
    }

    @Test func parseErrors() {
        #expect(throws: Color.ParseError.badHex("#12")) { try Color.parse("#12") }
        #expect(throws: Color.ParseError.unknownName("purple")) { try Color.parse("purple") }
        #expect(throws: Color.ParseError.outOfRange(300)) { try Color.parse("300") }
        #expect(throws: Color.ParseError.outOfRange(-1)) { try Color.index(-1) }
    }

    static let capabilities: [([String: String], Int, ColorCapability)] = [
        (["TERM": "xterm-256color", "NO_COLOR": "1"], 256, .none),
        (["TERM": "xterm-256color", "NO_COLOR": ""], 256, .palette256),
        (["TERM": "xterm", "COLORTERM": "truecolor"], 8, .truecolor),
        (["TERM": "xterm", "COLORTERM": "24bit"], 8, .truecolor),
        (["TERM": "xterm-direct"], 0, .truecolor),
        (["TERM": "tmux-256color"], 0, .palette256),
        (["TERM": "xterm"], 256, .palette256),
        (["TERM": "xterm"], 8, .ansi16),
        (["TERM": "linux"], 16, .ansi16),
        ([:], 0, .ansi16),
        (["TERM": "dumb"], 0, .none),
        (["TERM": "vt100"], 2, .none),
    ]

    @Test("capability detection", arguments: capabilities.indices)
    func detect(_ i: Int) {
        let (env, colors, expected) = Self.capabilities[i]
        #expect(ColorCapability.detect(environment: env, colors: colors) == expected, "\(env) \(colors)")
    }
}
