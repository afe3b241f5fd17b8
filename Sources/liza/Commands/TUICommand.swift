import ArgumentParser
import LizaAPI

/// `liza [tui] [--demo] [--theme NAME] [--profile NAME] [--base-url URL]`: the terminal UI, the
/// default when no other subcommand is given.
struct TUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the terminal UI (the default when no subcommand is given)."
    )

    @Flag(help: "Open the TUI against a built-in sandbox with sample data (no account needed).")
    var demo = false

    @Flag(help: "Browse the records stored with cache = \"persist\", with no network (the header says OFFLINE).")
    var offline = false

    @Option(help: ArgumentHelp("The TUI theme (see `liza themes`).", valueName: "name"), completion: ShellCompletion.themes)
    var theme: String?

    @Option(help: ArgumentHelp("The profile to use.", valueName: "name"), completion: ShellCompletion.profiles)
    var profile: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The API base URL.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Seconds one API call may take in all (1–3600; else LIZA_TIMEOUT, else the profile's, else 30).",
                               valueName: "seconds"))
    var timeout: Int?

    @Flag(name: [.short, .long], help: "Log each request and response (headers, never the token) to tui.log in the state folder. Also LIZA_DEBUG=1.")
    var verbose = false

    @Flag(name: .customLong("read-only"),
          help: "Refuse every write (connect, finalize, delete, passthrough other than GET); the header says READ-ONLY. Also LIZA_READ_ONLY=1 or read_only = true in the profile.")
    var readOnly = false

    func validate() throws {
        // Checked here so a bad value exits 2 instead of landing on the welcome screen.
        if let timeout {
            do throws(LizaError) { _ = try TimeoutSetting.check(timeout, source: "--timeout") } catch { throw ValidationError(error.message) }
        }
    }

    func run() async throws {
        let code = try await TUIEntry.run(TUIOptions(demo: demo, theme: theme, profile: profile, baseURL: baseURL,
                                                     timeout: timeout, verbose: verbose, offline: offline, readOnly: readOnly))
        if code != 0 { throw ExitCode(code) }
    }
}
