/// One result of `wget_wch`, before decoding: either a character (`OK`) or a key code
/// (`KEY_CODE_YES`). Kept free of curses types so the decoder can be tested with plain numbers.
public enum RawInput: Hashable, Sendable {
    /// A character code point (`wget_wch` returned `OK`). Control keys arrive here too (Ctrl-A = 1).
    case character(UInt32)
    /// A function-key code (`wget_wch` returned `KEY_CODE_YES`), e.g. 259 for `KEY_UP`.
    case keyCode(Int32)
}
