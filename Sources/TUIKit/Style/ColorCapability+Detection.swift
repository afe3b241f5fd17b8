/// Working out what the terminal can show from the environment.
extension ColorCapability {
    /// The colour capability for a terminal, from its environment and the colour count curses
    /// reports (`COLORS`; pass 0 when unknown):
    /// - `NO_COLOR` set and non-empty (no-color.org), or `TERM=dumb` → `.none`;
    /// - `COLORTERM` is `truecolor` or `24bit`, `TERM` ends in `-direct`/`-truecolor`, or 2²⁴ colours
    ///   → `.truecolor`;
    /// - `TERM` ends in `-256color`, or at least 256 colours → `.palette256`;
    /// - a terminal reporting 1–7 colours (monochrome) → `.none`;
    /// - otherwise → `.ansi16`.
    public static func detect(environment: [String: String], colors: Int) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" { return .none }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" || term.hasSuffix("-direct") || term.hasSuffix("-truecolor")
            || colors >= 1 << 24 {
            return .truecolor
        }
        if term.hasSuffix("-256color") || colors >= 256 { return .palette256 }
        if colors > 0 && colors < 8 { return .none }
        return .ansi16
    }
}
