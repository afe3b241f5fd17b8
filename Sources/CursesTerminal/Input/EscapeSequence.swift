import TUIKit

/// Parser for the escape sequences curses left undecoded (the part after `ESC`).
enum EscapeSequence {
    enum Result: Equatable {
        /// A known key; `used` inputs after the `ESC`.
        case key(KeyEvent, used: Int)
        /// An SGR (1006) mouse report: `ESC [ < b ; x ; y M` (press) or `m` (release).
        case mouse(MouseEvent, used: Int)
        /// A complete sequence we do not understand; swallow its `used` inputs.
        case ignored(used: Int)
        /// What follows `ESC` is not a sequence (so `ESC` means Alt or Escape).
        case notASequence
    }

    /// Longest CSI we look for; longer runs are not sequences a keyboard sends.
    private static let maxLength = 16

    static func parse(_ inputs: [RawInput], from start: Int) -> Result {
        guard case .character(let introducer)? = inputs[safe: start] else { return .notASequence }
        switch introducer {
        case UInt32(UInt8(ascii: "[")): return parseCSI(inputs, from: start + 1)
        case UInt32(UInt8(ascii: "O")): return parseSS3(inputs, from: start + 1)
        default: return .notASequence
        }
    }

    /// `ESC [ params final`: params are 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E.
    private static func parseCSI(_ inputs: [RawInput], from start: Int) -> Result {
        var params = ""
        var i = start
        while i < inputs.count, i - start < maxLength {
            guard case .character(let u) = inputs[i], let scalar = Unicode.Scalar(u) else { return .notASequence }
            switch u {
            case 0x20...0x3F: params.unicodeScalars.append(scalar)
            case 0x40...0x7E:
                let used = i - start + 2 // '[' + params + final
                if params.hasPrefix("<") {
                    guard let event = sgrMouse(params: params.dropFirst(), final: Character(scalar)) else { return .ignored(used: used) }
                    return .mouse(event, used: used)
                }
                guard let event = csiKey(params: params, final: Character(scalar)) else { return .ignored(used: used) }
                return .key(event, used: used)
            default: return .notASequence
            }
            i += 1
        }
        return .notASequence
    }

    private static func csiKey(params: String, final: Character) -> KeyEvent? {
        let fields = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = fields.first.flatMap { $0 } ?? 1
        let modifiers = fields.count > 1 ? KeyCodeTable.modifiers(xtermParameter: fields[1] ?? 1) : []
        let key: Key
        switch final {
        case "A": key = .up
        case "B": key = .down
        case "C": key = .right
        case "D": key = .left
        case "H": key = .home
        case "F": key = .end
        case "Z": return KeyEvent(.backTab, modifiers: modifiers)
        case "P": key = .function(1)
        case "Q": key = .function(2)
        case "R": key = .function(3)
        case "S": key = .function(4)
        case "~":
            switch first {
            case 1, 7: key = .home
            case 4, 8: key = .end
            case 2: key = .insert
            case 3: key = .delete
            case 5: key = .pageUp
            case 6: key = .pageDown
            case 11...15: key = .function(first - 10)
            case 17...21: key = .function(first - 11)
            case 23, 24: key = .function(first - 12)
            default: return nil
            }
        default: return nil
        }
        return KeyEvent(key, modifiers: modifiers)
    }

    /// The part of an SGR mouse report after `<`: `b;x;y` and `M` (press, drag, wheel) or `m`
    /// (release). `b`: bits 0–1 the button (0 left, 1 middle, 2 right), +4 shift, +8 alt, +16
    /// ctrl, +32 motion, +64 wheel (button 0 up, 1 down). `x` and `y` count from 1. Nil for
    /// anything else (extra wheel buttons, out-of-range numbers).
    static func sgrMouse(params: Substring, final: Character) -> MouseEvent? {
        guard final == "M" || final == "m" else { return nil }
        let fields = params.split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, let code = Int(fields[0]), let column = Int(fields[1]), let row = Int(fields[2]),
              (0...255).contains(code), (1...10_000).contains(column), (1...10_000).contains(row) else { return nil }
        var modifiers: KeyModifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.ctrl) }
        let position = Point(x: column - 1, y: row - 1)
        let low = code & 3
        if code & 64 != 0 {
            switch low {
            case 0: return MouseEvent(.wheelUp, at: position, modifiers: modifiers)
            case 1: return MouseEvent(.wheelDown, at: position, modifiers: modifiers)
            default: return nil
            }
        }
        let button: MouseButton
        switch low {
        case 0: button = .left
        case 1: button = .middle
        case 2: button = .right
        default: return nil // 3: a release in the old encodings, or motion without a button
        }
        if final == "m" { return MouseEvent(.release(button), at: position, modifiers: modifiers) }
        return MouseEvent(code & 32 != 0 ? .drag(button) : .press(button), at: position, modifiers: modifiers)
    }

    /// `ESC O x` (application cursor/keypad mode), optionally with a modifier digit: `ESC O 5 A`.
    private static func parseSS3(_ inputs: [RawInput], from start: Int) -> Result {
        var i = start
        var modifier = 1
        if case .character(let u)? = inputs[safe: i], (0x32...0x38).contains(u) {
            modifier = Int(u) - 0x30
            i += 1
        }
        guard case .character(let u)? = inputs[safe: i], let scalar = Unicode.Scalar(u) else { return .notASequence }
        let key: Key
        switch Character(scalar) {
        case "A": key = .up
        case "B": key = .down
        case "C": key = .right
        case "D": key = .left
        case "H": key = .home
        case "F": key = .end
        case "P": key = .function(1)
        case "Q": key = .function(2)
        case "R": key = .function(3)
        case "S": key = .function(4)
        case "M": key = .enter
        default: return .notASequence
        }
        return .key(KeyEvent(key, modifiers: KeyCodeTable.modifiers(xtermParameter: modifier)), used: i - start + 2)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
