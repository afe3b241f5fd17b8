import TUIKit

/// How to start a `CursesTerminal`.
public struct CursesTerminalOptions: Sendable {
    /// An upper limit on colours (e.g. from `--color never`); nil = what the terminal supports.
    /// `NO_COLOR` in `environment` always means no colours.
    public var colorLimit: ColorCapability?
    /// The environment consulted for `NO_COLOR`, `COLORTERM` and `TMUX` (the process's by default).
    public var environment: [String: String]
    /// Ask the terminal for mouse reports (clicks and the wheel, SGR 1006 encoding). Shift-drag
    /// still selects text in terminals that support it (xterm, tmux, kitty, iTerm2 …).
    public var mouse: Bool

    public init(colorLimit: ColorCapability? = nil, environment: [String: String]? = nil, mouse: Bool = false) {
        self.colorLimit = colorLimit
        self.environment = environment ?? ProcessEnvironment.current()
        self.mouse = mouse
    }
}
