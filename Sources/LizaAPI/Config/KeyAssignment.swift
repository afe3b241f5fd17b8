/// One `COMMAND = "KEY"` (or `COMMAND = ["KEY", …]`) line of a `[keys.CONTEXT]` table in
/// `config.toml`, as written. LizaAPI does not know the TUI's contexts, commands or key names:
/// the app checks them and reports problems with `line`.
public struct KeyAssignment: Hashable, Sendable {
    /// The context as written (`records`, `global`).
    public var context: String
    /// The command as written (`load_all`, `quit`).
    public var command: String
    /// The key names as written (`A`, `ctrl-s`); empty unbinds the command.
    public var keys: [String]
    /// The 1-based line of the assignment, when found.
    public var line: Int?

    public init(context: String, command: String, keys: [String], line: Int?) {
        self.context = context
        self.command = command
        self.keys = keys
        self.line = line
    }
}
