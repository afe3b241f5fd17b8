import ArgumentParser
import Foundation
import LizaAPI

/// `liza`: the TUI when run without a subcommand, scriptable subcommands otherwise.
///
/// The root declares no options of its own: ArgumentParser gives a parent's options precedence
/// over a subcommand's, so a root `--base-url` would silently swallow `liza records --base-url …`.
/// The TUI's options live on `TUICommand`, the default subcommand, so `liza --demo` still works.
@main
struct Liza: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liza",
        abstract: "A terminal client for the Liza Integrations API.",
        discussion: """
            Without a subcommand, liza opens the terminal UI (`liza --demo`: against a built-in sandbox; see `liza tui --help`).

            Settings, highest precedence first: flags (--profile, --base-url, --token, --timeout), the environment (LIZA_PROFILE, LIZA_BASE_URL, LIZA_TOKEN, LIZA_TIMEOUT), the profile in $XDG_CONFIG_HOME/liza/config.toml and credentials.toml, then the default https://api.eu.liza.app/api. `liza status` shows what is in effect.

            Network: proxies as curl reads them (the profile's proxy, else HTTPS_PROXY / HTTP_PROXY / ALL_PROXY; NO_PROXY decides which hosts go direct, loopback included); extra trusted CA certificates from LIZA_CA_BUNDLE, the profile's ca_bundle, or SSL_CERT_FILE. --verbose (or LIZA_DEBUG=1) prints each request and response to stderr, never the token.

            Output: tables on a terminal, tab-separated rows when piped, JSON with --json.

            Exit codes: 0 ok, 1 API error, 2 usage or validation, 3 authentication (no token, 401, 403), 4 network or timeout (every API call gets 30 s in all unless --timeout says otherwise), 5 still rate limited after retries.
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            TUICommand.self, IntegrationsCommand.self, ConnectionsCommand.self, ConnectionCommand.self, ConnectCommand.self,
            CallbackCommand.self, DoctorCommand.self, RecordsCommand.self, ExportCommand.self, CacheCommand.self, PassthroughCommand.self, ObjectsCommand.self,
            LoginCommand.self, LogoutCommand.self, StatusCommand.self, SandboxCommand.self, ThemesCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// Parses, runs, and turns every failure into one line on stderr and liza's exit code
    /// (ArgumentParser's own usage errors would otherwise exit 64).
    static func main() async {
        terminate(await runMain(Array(CommandLine.arguments.dropFirst())))
    }

    static func runMain(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            // --jq: stdout goes through jq for the whole run; its failure (already shown on
            // stderr by jq) decides the exit status when the command itself succeeded.
            let jq = try (command as? any JQFiltering)?.jqExpression.map { try JQPipe.start(expression: $0) }
            do {
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch {
                _ = jq?.finish()
                throw error
            }
            if let jq {
                let status = jq.finish()
                if status != 0 {
                    Console.emit("liza: jq failed (exit \(status))\n", to: STDERR_FILENO)
                    // jq: 2 usage, 3 a compile error in the expression, 5 an error while running it.
                    return status == 2 || status == 3 ? ExitStatus.usage : ExitStatus.apiError
                }
            }
            return ExitStatus.ok
        } catch {
            return report(error)
        }
    }

    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let failure as CLIFailure:
            Console.emit("liza: \(failure.message)\n", to: STDERR_FILENO)
            return failure.exitCode
        case let error as LizaError:
            Console.emit("liza: \(TerminalText.cell(error.description))\n", to: STDERR_FILENO)
            return ExitStatus.code(for: error)
        case is CancellationError:
            return ExitStatus.interrupted
        default:
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.emit(message + "\n", to: STDOUT_FILENO) }
                return ExitStatus.ok
            }
            if !message.isEmpty { Console.emit(message + "\n", to: STDERR_FILENO) }
            if code == .validationFailure { return ExitStatus.usage }
            return code.rawValue
        }
    }
}

/// Ends the process (outside `Liza`, whose `exit(withError:)` would shadow the C function).
private func terminate(_ code: Int32) -> Never {
    exit(code)
}
