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

    /// Where a crash report goes while the terminal is taken over (`crash-<time>-<pid>.log`,
    /// mode 0600): an existing folder, private to the user. Nil: the report is discarded. Either
    /// way the terminal is restored and nothing is printed on it (see `CrashGuard`).
    public var crashReportDirectory: String?
    /// Write `Buffer.links` as OSC 8 hyperlinks (decide with `OSC8Link.enabled`: not for
    /// TERM=linux/dumb, not with `hyperlinks = false`).
    public var hyperlinks: Bool

    public init(colorLimit: ColorCapability? = nil, environment: [String: String]? = nil, mouse: Bool = false,
                crashReportDirectory: String? = nil, hyperlinks: Bool = false) {
        self.hyperlinks = hyperlinks
        self.colorLimit = colorLimit
        self.environment = environment ?? ProcessEnvironment.current()
        self.mouse = mouse
        self.crashReportDirectory = crashReportDirectory
    }
}
