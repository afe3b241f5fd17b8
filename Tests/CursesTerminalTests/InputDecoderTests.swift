import Testing
import TUIKit
@testable import CursesTerminal

/// ncurses 6.4's key codes, spelled out so the decoder is tested without curses.
let testCodes = CursesKeyCodes(
    up: 259, down: 258, left: 260, right: 261, home: 262, end: 360, find: 362, select: 385,
    a1: 348, a3: 349, c1: 351, c3: 352, previousPage: 339, nextPage: 338, deleteChar: 330, insertChar: 331,
    backspace: 263, enter: 343, backTab: 353, f0: 264, scrollReverse: 337, scrollForward: 336,
    shiftLeft: 393, shiftRight: 402, shiftHome: 391, shiftEnd: 386, shiftDelete: 383, shiftInsert: 392,
    shiftNextPage: 396, shiftPreviousPage: 398, resize: 410)

struct InputDecoderTests {
    let decoder = InputDecoder(table: KeyCodeTable(codes: testCodes))
    let size = Size(width: 80, height: 24)

    func keys(_ inputs: [RawInput]) -> [KeyEvent] {
        decoder.decode(inputs, size: size).compactMap { if case .key(let k) = $0 { k } else { nil } }
    }

    func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .character($0.value) } }

    @Test func printableCharactersIncludingUnicode() {
        #expect(keys(chars("aZ é中😀")) == ["a", "Z", " ", "é", "中", "😀"].map { KeyEvent.char(Character($0)) })
    }

    @Test func controlLettersAreCtrlPlusLetter() {
        #expect(keys([.character(1)]) == [.ctrl("a")])
        #expect(keys([.character(3)]) == [.ctrl("c")])
        #expect(keys([.character(19)]) == [.ctrl("s")])
        #expect(keys([.character(26)]) == [.ctrl("z")])
        #expect(keys([.character(0)]) == [KeyEvent(.char(" "), modifiers: .ctrl)])
    }

    @Test func tabEnterAndBackspaceAreNotCtrlLetters() {
        #expect(keys([.character(9)]) == [KeyEvent(.tab)])
        #expect(keys([.character(10), .character(13), .keyCode(343)]) == Array(repeating: KeyEvent(.enter), count: 3))
        #expect(keys([.character(127), .character(8), .keyCode(263)]) == Array(repeating: KeyEvent(.backspace), count: 3))
    }

    @Test func functionKeysFromCurses() {
        #expect(keys([.keyCode(259), .keyCode(258), .keyCode(260), .keyCode(261)]) == [.up, .down, .left, .right].map { KeyEvent($0) })
        #expect(keys([.keyCode(330), .keyCode(331)]) == [KeyEvent(.delete), KeyEvent(.insert)])
        #expect(keys([.keyCode(339), .keyCode(338)]) == [KeyEvent(.pageUp), KeyEvent(.pageDown)])
        #expect(keys([.keyCode(353)]) == [KeyEvent(.backTab)])
        #expect(keys([.keyCode(265), .keyCode(276), .keyCode(269)]) == [KeyEvent(.function(1)), KeyEvent(.function(12)), KeyEvent(.function(5))])
        #expect(keys([.keyCode(264 + 25)]) == [KeyEvent(.function(1), modifiers: .ctrl)])
        #expect(keys([.keyCode(337), .keyCode(393)]) == [KeyEvent(.up, modifiers: .shift), KeyEvent(.left, modifiers: .shift)])
    }

    @Test func homeAndEndVariants() {
        // KEY_HOME/KEY_END, KEY_FIND/KEY_SELECT (xterm terminfo's \E[1~ \E[4~), keypad A1/C1.
        #expect(keys([.keyCode(262), .keyCode(362), .keyCode(348)]) == Array(repeating: KeyEvent(.home), count: 3))
        #expect(keys([.keyCode(360), .keyCode(385), .keyCode(351)]) == Array(repeating: KeyEvent(.end), count: 3))
        // Raw xterm/rxvt sequences curses did not know.
        for seq in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~"] { #expect(keys(chars(seq)) == [KeyEvent(.home)], "\(seq.debugDescription)") }
        for seq in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~"] { #expect(keys(chars(seq)) == [KeyEvent(.end)], "\(seq.debugDescription)") }
    }

    @Test func loneEscapeAndAlt() {
        #expect(keys([.character(27)]) == [KeyEvent(.escape)])
        #expect(keys([.character(27), .character(UInt32(UInt8(ascii: "x")))]) == [.alt("x")])
        #expect(keys([.character(27), .character(2)]) == [KeyEvent(.char("b"), modifiers: [.ctrl, .alt])])
        #expect(keys([.character(27), .keyCode(259)]) == [KeyEvent(.up, modifiers: .alt)])
        #expect(keys([.character(27), .character(27)]) == [KeyEvent(.escape, modifiers: .alt)])
        // Alt-x followed by a plain y in the same drain.
        #expect(keys(chars("\u{1B}xy")) == [.alt("x"), .char("y")])
    }

    @Test func unrecognisedSequencesWithModifiers() {
        #expect(keys(chars("\u{1B}[1;5A")) == [KeyEvent(.up, modifiers: .ctrl)])
        #expect(keys(chars("\u{1B}[1;3D")) == [KeyEvent(.left, modifiers: .alt)])
        #expect(keys(chars("\u{1B}[3;2~")) == [KeyEvent(.delete, modifiers: .shift)])
        #expect(keys(chars("\u{1B}[15~\u{1B}[24~")) == [KeyEvent(.function(5)), KeyEvent(.function(12))])
        #expect(keys(chars("\u{1B}OP")) == [KeyEvent(.function(1))])
        #expect(keys(chars("\u{1B}[Z")) == [KeyEvent(.backTab)])
        // A complete but unknown sequence is swallowed, not typed.
        #expect(keys(chars("\u{1B}[200~a")) == [.char("a")])
        // ESC [ alone is Alt-[.
        #expect(keys(chars("\u{1B}[")) == [.alt("[")])
    }

    @Test func resizeCarriesTheSize() {
        #expect(decoder.decode([.keyCode(410)], size: size) == [.resize(size)])
        #expect(decoder.decode([.character(97), .keyCode(410)], size: size) == [.key(.char("a")), .resize(size)])
    }

    @Test func ignoresUnknownCodesAndC1Controls() {
        #expect(keys([.keyCode(9999), .character(0x85), .character(0xD800)]).isEmpty)
    }

    @Test func extendedKeyNamesFromTerminfo() {
        var table = KeyCodeTable(codes: testCodes)
        table.addExtended(code: 566, name: "kUP5")
        table.addExtended(code: 567, name: "kLFT3")
        table.addExtended(code: 568, name: "kDC6")
        table.addExtended(code: 569, name: "kxIN")
        let d = InputDecoder(table: table)
        let out = d.decode([.keyCode(566), .keyCode(567), .keyCode(568), .keyCode(569)], size: size)
        #expect(out == [
            .key(KeyEvent(.up, modifiers: .ctrl)), .key(KeyEvent(.left, modifiers: .alt)),
            .key(KeyEvent(.delete, modifiers: [.ctrl, .shift])),
        ])
    }

    @Test func testCodesMatchTheRealHeaders() {
        #expect(CursesKeyCodes.current == testCodes)
    }
}
