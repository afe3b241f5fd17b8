import CNcursesw
import TUIKit

extension CursesKeyCodes {
    /// The codes of the ncurses this was built against.
    static var current: CursesKeyCodes {
        CursesKeyCodes(
            up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
            find: KEY_FIND, select: KEY_SELECT, a1: KEY_A1, a3: KEY_A3, c1: KEY_C1, c3: KEY_C3,
            previousPage: KEY_PPAGE, nextPage: KEY_NPAGE, deleteChar: KEY_DC, insertChar: KEY_IC,
            backspace: KEY_BACKSPACE, enter: KEY_ENTER, backTab: KEY_BTAB, f0: cn_key_f(0),
            scrollReverse: KEY_SR, scrollForward: KEY_SF, shiftLeft: KEY_SLEFT, shiftRight: KEY_SRIGHT,
            shiftHome: KEY_SHOME, shiftEnd: KEY_SEND, shiftDelete: KEY_SDC, shiftInsert: KEY_SIC,
            shiftNextPage: KEY_SNEXT, shiftPreviousPage: KEY_SPREVIOUS, resize: KEY_RESIZE)
    }
}

extension KeyCodeTable {
    /// The table for the running terminal: the standard codes plus the extended keys its terminfo
    /// defines (Ctrl/Alt/Shift + arrows, Home, End…), whose codes ncurses assigns above `KEY_MAX`.
    /// Must run on the terminal thread after `newterm`.
    static func forCurrentTerminal() -> KeyCodeTable {
        var table = KeyCodeTable(codes: .current)
        table.mouse = KEY_MOUSE
        // ncurses numbers extended keys consecutively after KEY_MAX; 512 covers every terminfo entry
        // in the wild (xterm defines about 150).
        for code in (KEY_MAX + 1)...(KEY_MAX + 512) {
            guard let name = keyname(code) else { continue }
            table.addExtended(code: code, name: String(cString: name))
        }
        return table
    }
}
