/// The numeric values of the curses `KEY_*` codes the decoder understands. `current` reads them
/// from the ncurses headers; tests spell them out as numbers so the decoder is tested without curses.
public struct CursesKeyCodes: Hashable, Sendable {
    public var up: Int32, down: Int32, left: Int32, right: Int32
    public var home: Int32, end: Int32
    /// `KEY_FIND` / `KEY_SELECT`: what some terminfo entries (xterm's `\E[1~`, `\E[4~`) call Home/End.
    public var find: Int32, select: Int32
    /// Keypad corners: upper left (Home), upper right (PgUp), lower left (End), lower right (PgDn).
    public var a1: Int32, a3: Int32, c1: Int32, c3: Int32
    public var previousPage: Int32, nextPage: Int32
    public var deleteChar: Int32, insertChar: Int32, backspace: Int32, enter: Int32, backTab: Int32
    /// `KEY_F0`; `KEY_F(n)` is `f0 + n`.
    public var f0: Int32
    /// Shifted keys: scroll reverse (Shift-Up), scroll forward (Shift-Down), and the `KEY_S*` family.
    public var scrollReverse: Int32, scrollForward: Int32
    public var shiftLeft: Int32, shiftRight: Int32, shiftHome: Int32, shiftEnd: Int32
    public var shiftDelete: Int32, shiftInsert: Int32, shiftNextPage: Int32, shiftPreviousPage: Int32
    public var resize: Int32

    public init(
        up: Int32, down: Int32, left: Int32, right: Int32, home: Int32, end: Int32,
        find: Int32, select: Int32, a1: Int32, a3: Int32, c1: Int32, c3: Int32,
        previousPage: Int32, nextPage: Int32, deleteChar: Int32, insertChar: Int32,
        backspace: Int32, enter: Int32, backTab: Int32, f0: Int32,
        scrollReverse: Int32, scrollForward: Int32, shiftLeft: Int32, shiftRight: Int32,
        shiftHome: Int32, shiftEnd: Int32, shiftDelete: Int32, shiftInsert: Int32,
        shiftNextPage: Int32, shiftPreviousPage: Int32, resize: Int32
    ) {
        self.up = up; self.down = down; self.left = left; self.right = right
        self.home = home; self.end = end; self.find = find; self.select = select
        self.a1 = a1; self.a3 = a3; self.c1 = c1; self.c3 = c3
        self.previousPage = previousPage; self.nextPage = nextPage
        self.deleteChar = deleteChar; self.insertChar = insertChar; self.backspace = backspace
        self.enter = enter; self.backTab = backTab; self.f0 = f0
        self.scrollReverse = scrollReverse; self.scrollForward = scrollForward
        self.shiftLeft = shiftLeft; self.shiftRight = shiftRight
        self.shiftHome = shiftHome; self.shiftEnd = shiftEnd
        self.shiftDelete = shiftDelete; self.shiftInsert = shiftInsert
        self.shiftNextPage = shiftNextPage; self.shiftPreviousPage = shiftPreviousPage
        self.resize = resize
    }
}
