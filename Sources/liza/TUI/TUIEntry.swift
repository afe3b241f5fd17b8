// Interim until the TUI lands: `liza` without a subcommand explains what exists.
enum TUIEntry {
    static func run(_ options: TUIOptions) async throws -> Int32 {
        print("The TUI is not built yet. Try `liza --help`.")
        return 0
    }
}
