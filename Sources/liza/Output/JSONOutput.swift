import OrderedJSON

/// Prints JSON values: pretty and terminal-safe on a terminal, compact for pipes.
enum JSONOutput {
    /// The whole value: indented on a terminal (with format characters escaped), one line otherwise.
    static func print(_ value: JSONValue, console: Console) {
        if console.stdoutIsTTY {
            console.line(TerminalText.json(value.prettyPrinted()))
        } else {
            console.line(value.serialized())
        }
    }

    /// One NDJSON line (compact), escaped for a terminal when stdout is one.
    static func printLine(_ value: JSONValue, console: Console) {
        let text = value.serialized()
        console.line(console.stdoutIsTTY ? TerminalText.json(text) : text)
    }
}
