import Testing
import TUIKit
@testable import CursesTerminal

/// SGR (1006) mouse reports: `ESC [ < b ; x ; y M` (press) / `m` (release).
struct MouseDecodingTests {
    let size = Size(width: 80, height: 24)

    func decode(_ text: String, table: KeyCodeTable = KeyCodeTable(codes: testCodes)) -> [InputEvent] {
        InputDecoder(table: table).decode(text.unicodeScalars.map { .character($0.value) }, size: size)
    }

    @Test func pressAndReleaseOfTheLeftButton() {
        #expect(decode("\u{1B}[<0;6;22M\u{1B}[<0;6;22m") == [
            .mouse(MouseEvent(.press(.left), at: Point(x: 5, y: 21))),
            .mouse(MouseEvent(.release(.left), at: Point(x: 5, y: 21))),
        ])
    }

    @Test func buttonsWheelDragAndModifiers() {
        #expect(decode("\u{1B}[<2;1;1M") == [.mouse(MouseEvent(.press(.right), at: Point(x: 0, y: 0)))])
        #expect(decode("\u{1B}[<1;3;4M") == [.mouse(MouseEvent(.press(.middle), at: Point(x: 2, y: 3)))])
        #expect(decode("\u{1B}[<64;10;5M") == [.mouse(MouseEvent(.wheelUp, at: Point(x: 9, y: 4)))])
        #expect(decode("\u{1B}[<65;10;5M") == [.mouse(MouseEvent(.wheelDown, at: Point(x: 9, y: 4)))])
        #expect(decode("\u{1B}[<32;7;7M") == [.mouse(MouseEvent(.drag(.left), at: Point(x: 6, y: 6)))])
        #expect(decode("\u{1B}[<20;200;100M") == [.mouse(MouseEvent(.press(.left), at: Point(x: 199, y: 99), modifiers: [.ctrl, .shift]))])
    }

    @Test func malformedReportsAreSwallowedNotTyped() {
        // Out of range, extra wheel buttons, missing fields: nothing, and no stray characters.
        #expect(decode("\u{1B}[<0;0;5M").isEmpty)
        #expect(decode("\u{1B}[<66;1;1M").isEmpty)
        #expect(decode("\u{1B}[<0;5M").isEmpty)
        #expect(decode("\u{1B}[<999;1;1M").isEmpty)
        #expect(decode("\u{1B}[<0;99999;1M").isEmpty)
    }

    /// With `kmous=\E[<` (xterm's terminfo) curses returns KEY_MOUSE for the start and the rest
    /// arrives as characters.
    @Test func theRestOfAReportAfterKeyMouse() {
        var table = KeyCodeTable(codes: testCodes)
        table.mouse = 409
        let inputs: [RawInput] = [.keyCode(409)] + "0;6;22M".unicodeScalars.map { .character($0.value) } + [.character(UInt32(UInt8(ascii: "x")))]
        #expect(InputDecoder(table: table).decode(inputs, size: size) == [
            .mouse(MouseEvent(.press(.left), at: Point(x: 5, y: 21))),
            .key(.char("x")),
        ])
    }

    @Test func aSecondPressAtTheSamePlaceSoonIsADoubleClick() {
        var counter = ClickCounter(interval: 0.4)
        let press = InputEvent.mouse(MouseEvent(.press(.left), at: Point(x: 3, y: 4)))
        let elsewhere = InputEvent.mouse(MouseEvent(.press(.left), at: Point(x: 9, y: 4)))
        func count(_ event: InputEvent) -> Int? { if case .mouse(let m) = event { m.clickCount } else { nil } }
        #expect(count(counter.count(press, now: 10.0)) == 1)
        #expect(count(counter.count(press, now: 10.2)) == 2)
        #expect(count(counter.count(press, now: 10.3)) == 1) // a third press starts again
        #expect(count(counter.count(press, now: 11.0)) == 1) // too late
        #expect(count(counter.count(elsewhere, now: 11.1)) == 1) // elsewhere
        #expect(counter.count(.key(.char("a")), now: 11.2) == .key(.char("a")))
    }
}
