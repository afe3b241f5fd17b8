import TUIKit

/// Turns what one drain of `wget_wch` returned into input events. Pure: no curses, no clock.
///
/// Rules (why they are what they are):
/// - Control characters become keys: 1…26 are Ctrl-letters, except Tab (9), Enter (10, 13) and
///   Backspace (8 and 127, which terminals send for the Backspace key).
/// - `ESC` alone (nothing else in the same drain; curses already waited `ESCDELAY` for more) is
///   Escape. `ESC` followed by a key in the same drain is that key with Alt, which is how terminals
///   send Alt/Meta.
/// - Escape sequences curses did not recognise (its terminfo entry lacks them) are parsed here:
///   CSI `A`–`D`/`H`/`F`/`Z`/`P`–`S`, CSI `n ~` (Home/End/Insert/Delete/PgUp/PgDn/F-keys) with xterm
///   modifier parameters, SGR mouse reports (`CSI < b ; x ; y M/m`), and SS3 (`ESC O x`). Complete but
///   unknown CSI sequences are dropped so their
///   bytes never show up as typed text.
public struct InputDecoder: Sendable {
    public var table: KeyCodeTable

    public init(table: KeyCodeTable) { self.table = table }

    /// Decodes one drain. `size` is the terminal size after the drain, reported for `KEY_RESIZE`.
    public func decode(_ inputs: [RawInput], size: Size) -> [InputEvent] {
        var events: [InputEvent] = []
        var i = 0
        while i < inputs.count {
            let (event, consumed) = decodeOne(inputs, at: i, size: size)
            if let event { events.append(event) }
            i += max(1, consumed)
        }
        return events
    }

    private static let escape: UInt32 = 27

    /// Decodes the event starting at `i`; returns it (nil when the input means nothing) and how many
    /// inputs it used.
    private func decodeOne(_ inputs: [RawInput], at i: Int, size: Size) -> (InputEvent?, Int) {
        switch inputs[i] {
        case .keyCode(let code):
            if code == table.resize { return (.resize(size), 1) }
            if code == table.mouse { return Self.mouseReport(inputs, after: i) }
            return (table.keys[code].map(InputEvent.key), 1)
        case .character(let u) where u == Self.escape:
            guard i + 1 < inputs.count else { return (.key(KeyEvent(.escape)), 1) }
            switch EscapeSequence.parse(inputs, from: i + 1) {
            case .key(let event, let used): return (.key(event), 1 + used)
            case .mouse(let event, let used): return (.mouse(event), 1 + used)
            case .ignored(let used): return (nil, 1 + used)
            case .notASequence: break
            }
            // Alt + whatever key follows.
            let (next, used) = decodeOne(inputs, at: i + 1, size: size)
            if case .key(var event)? = next {
                event.modifiers.insert(.alt)
                return (.key(event), 1 + used)
            }
            return (.key(KeyEvent(.escape)), 1)
        case .character(let u):
            return (Self.decodeCharacter(u).map(InputEvent.key), 1)
        }
    }

    /// The rest of an SGR mouse report after curses turned its start into `KEY_MOUSE`:
    /// `[<]b;x;y` then `M` or `m`. Whatever it is, the report's characters are swallowed so they
    /// never reach a text field.
    private static func mouseReport(_ inputs: [RawInput], after i: Int) -> (InputEvent?, Int) {
        var params = ""
        var j = i + 1
        while j < inputs.count, j - i <= 16, case .character(let u) = inputs[j], let scalar = Unicode.Scalar(u) {
            let character = Character(scalar)
            if character == "M" || character == "m" {
                let event = EscapeSequence.sgrMouse(params: Substring(params.hasPrefix("<") ? String(params.dropFirst()) : params),
                                                    final: character)
                return (event.map(InputEvent.mouse), j - i + 1)
            }
            guard character.isASCII, character.isNumber || character == ";" || character == "<" else { break }
            params.append(character)
            j += 1
        }
        return (nil, 1)
    }

    /// A character code from `wget_wch` (`OK`) as a key event; nil for C1 controls and invalid code points.
    static func decodeCharacter(_ u: UInt32) -> KeyEvent? {
        switch u {
        case 0: return KeyEvent(.char(" "), modifiers: .ctrl)
        case 8, 127: return KeyEvent(.backspace)
        case 9: return KeyEvent(.tab)
        case 10, 13: return KeyEvent(.enter)
        case 1...26:
            guard let letter = Unicode.Scalar(UInt32(UInt8(ascii: "a")) + u - 1) else { return nil }
            return KeyEvent(.char(Character(letter)), modifiers: .ctrl)
        case 27: return KeyEvent(.escape)
        case 28: return KeyEvent(.char("\\"), modifiers: .ctrl)
        case 29: return KeyEvent(.char("]"), modifiers: .ctrl)
        case 30: return KeyEvent(.char("^"), modifiers: .ctrl)
        case 31: return KeyEvent(.char("_"), modifiers: .ctrl)
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(u) else { return nil }
            return KeyEvent(.char(Character(scalar)))
        }
    }
}
