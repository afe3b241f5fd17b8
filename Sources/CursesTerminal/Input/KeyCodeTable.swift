import TUIKit

/// What each curses key code means. The decoder is given this table instead of importing curses,
/// so tests pass numeric codes and the real table is built once from the `KEY_*` macros (plus the
/// terminal's extended, modifier-carrying keys such as `kUP5`, whose codes vary per terminal).
public struct KeyCodeTable: Hashable, Sendable {
    /// Key code → key event (e.g. 259 → Up).
    public var keys: [Int32: KeyEvent]
    /// The code curses returns after the terminal was resized (`KEY_RESIZE`).
    public var resize: Int32
    /// The code curses returns when it recognises the start of a mouse report (`KEY_MOUSE`, from
    /// terminfo's `kmous`, which is `\E[<` for xterm): the rest of the report follows as text.
    public var mouse: Int32?

    public init(keys: [Int32: KeyEvent], resize: Int32) {
        self.keys = keys
        self.resize = resize
    }

    /// Adds the entries of an extended key named by terminfo, e.g. `kUP5` (Ctrl-Up) or `kDC3`
    /// (Alt-Delete), following xterm's modifier numbering (2 shift, 3 alt, 5 ctrl, and sums + 1).
    /// Unknown names are ignored.
    public mutating func addExtended(code: Int32, name: String) {
        if let event = Self.decodeExtendedName(name) { keys[code] = event }
    }

    /// Decodes terminfo's extended key names (`kUP5`, `kLFT3`, `kHOM6`…) into a key event.
    static func decodeExtendedName(_ name: String) -> KeyEvent? {
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
            ("kDC", .delete), ("kIC", .insert),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            guard let n = Int(name.dropFirst(prefix.count)), (2...8).contains(n) else { return nil }
            return KeyEvent(key, modifiers: Self.modifiers(xtermParameter: n))
        }
        return nil
    }

    /// xterm's modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4).
    static func modifiers(xtermParameter n: Int) -> KeyModifiers {
        let bits = max(0, n - 1)
        var m: KeyModifiers = []
        if bits & 1 != 0 { m.insert(.shift) }
        if bits & 2 != 0 { m.insert(.alt) }
        if bits & 4 != 0 { m.insert(.ctrl) }
        return m
    }
}

extension KeyCodeTable {
    /// The standard table for a set of curses key codes.
    ///
    /// F1…F24 map to `.function(n)`. Codes above F24 follow xterm's terminfo, where F25–F36 are
    /// Ctrl-F1…F12, F37–F48 Ctrl-Shift, F49–F60 Alt and F61–F63 Alt-Shift.
    public init(codes c: CursesKeyCodes) {
        var k: [Int32: KeyEvent] = [
            c.up: KeyEvent(.up), c.down: KeyEvent(.down), c.left: KeyEvent(.left), c.right: KeyEvent(.right),
            c.home: KeyEvent(.home), c.end: KeyEvent(.end), c.find: KeyEvent(.home), c.select: KeyEvent(.end),
            c.a1: KeyEvent(.home), c.a3: KeyEvent(.pageUp), c.c1: KeyEvent(.end), c.c3: KeyEvent(.pageDown),
            c.previousPage: KeyEvent(.pageUp), c.nextPage: KeyEvent(.pageDown),
            c.deleteChar: KeyEvent(.delete), c.insertChar: KeyEvent(.insert),
            c.backspace: KeyEvent(.backspace), c.enter: KeyEvent(.enter), c.backTab: KeyEvent(.backTab),
            c.scrollReverse: KeyEvent(.up, modifiers: .shift), c.scrollForward: KeyEvent(.down, modifiers: .shift),
            c.shiftLeft: KeyEvent(.left, modifiers: .shift), c.shiftRight: KeyEvent(.right, modifiers: .shift),
            c.shiftHome: KeyEvent(.home, modifiers: .shift), c.shiftEnd: KeyEvent(.end, modifiers: .shift),
            c.shiftDelete: KeyEvent(.delete, modifiers: .shift), c.shiftInsert: KeyEvent(.insert, modifiers: .shift),
            c.shiftNextPage: KeyEvent(.pageDown, modifiers: .shift),
            c.shiftPreviousPage: KeyEvent(.pageUp, modifiers: .shift),
        ]
        for n in 1...63 {
            let event: KeyEvent
            switch n {
            case 1...24: event = KeyEvent(.function(n))
            case 25...36: event = KeyEvent(.function(n - 24), modifiers: .ctrl)
            case 37...48: event = KeyEvent(.function(n - 36), modifiers: [.ctrl, .shift])
            case 49...60: event = KeyEvent(.function(n - 48), modifiers: .alt)
            default: event = KeyEvent(.function(n - 60), modifiers: [.alt, .shift])
            }
            k[c.f0 + Int32(n)] = event
        }
        self.init(keys: k, resize: c.resize)
    }
}
