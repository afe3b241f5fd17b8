import ArgumentParser

/// `liza [tui] [--demo] [--theme NAME] [--profile NAME] [--base-url URL]`: the terminal UI, the
/// default when no other subcommand is given.
struct TUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the terminal UI (the default when no subcommand is given)."
    )

    @Flag(help: "Open the TUI against a built-in sandbox with sample data (no account needed).")
    var demo = false

    @Option(help: ArgumentHelp("The TUI theme (see `liza themes`).", valueName: "name"), completion: ShellCompletion.themes)
    var theme: String?

    @Option(help: ArgumentHelp("The profile to use.", valueName: "name"), completion: ShellCompletion.profiles)
    var profile: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The API base URL.", valueName: "url"))
    var baseURL: String?

    @Flag(name: [.short, .long], help: "Log each request and response (headers, never the token) to tui.log in the state folder. Also LIZA_DEBUG=1.")
    var verbose = false

    func run() async throws {
        let code = try await TUIEntry.run(TUIOptions(demo: demo, theme: theme, profile: profile, baseURL: baseURL, verbose: verbose))
        if code != 0 { throw ExitCode(code) }
    }
}
