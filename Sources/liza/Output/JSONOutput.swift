import OrderedJSON

/// Prints JSON values: pretty on a terminal, compact for pipes, and terminal-safe either way.
///
/// Piped JSON is escaped too (`TerminalText.json`): `liza … --json | cat` or `| less -R` on a
/// terminal would otherwise let C1 controls and bidi overrides from API data act on it. The
/// escapes keep the JSON valid and its value the same.
enum JSONOutput {
    /// The whole value: indented on a terminal, one line otherwise.
    static func print(_ value: JSONValue, console: Console) {
        console.line(TerminalText.json(console.stdoutIsTTY ? value.prettyPrinted() : value.serialized()))
    }

    /// One NDJSON line (compact).
    static func printLine(_ value: JSONValue, console: Console) {
        console.line(line(value))
    }

    /// The compact, escaped text of one value (no newline).
    static func line(_ value: JSONValue) -> String {
        TerminalText.json(value.serialized())
    }
}
