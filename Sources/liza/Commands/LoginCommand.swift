import ArgumentParser
import Foundation
import LizaAPI

/// `liza login`: stores a token in `credentials.toml` (mode 0600).
///
/// The token is read from stdin when it is not a terminal (`liza login < token.txt`), else
/// asked for without echo. It is checked against the API first (GET /v1/integrations): a
/// rejected token is not stored; when the API cannot be reached it is stored with a warning.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Store an API token for a profile (in credentials.toml, mode 0600).",
        discussion: """
            The token is read from stdin when piped (`liza login < token.txt`), else asked for without echo.
            LIZA_TOKEN, when set, takes precedence over stored tokens.
            """
    )

    @Option(help: ArgumentHelp("The profile to store the token for (else LIZA_PROFILE, else default_profile, else default).", valueName: "name"))
    var profile: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The API to check the token against (else the profile's).", valueName: "url"))
    var baseURL: String?

    @Flag(name: .customLong("no-verify"), help: "Store the token without checking it against the API.")
    var noVerify = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console()
        var settingsEnvironment = environment
        // Resolve as if no token were set, so the file's profile and base URL are used and a
        // LIZA_TOKEN in the environment does not stand in for the token being stored.
        settingsEnvironment["LIZA_TOKEN"] = nil
        let context = try CommandContext.make(SettingsFlags(baseURL: baseURL, token: nil, profile: profile),
                                              console: console, environment: settingsEnvironment)
        let profileName = context.settings.profile

        let token: String
        if console.stdinIsTTY {
            guard let line = Prompt.hiddenLine("Paste your Liza token for profile '\(profileName)' (input hidden): ") else {
                throw CLIFailure.usage("no token entered")
            }
            token = line.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            token = String(decoding: Prompt.readAllStdin(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard !token.isEmpty else { throw CLIFailure.usage("the token is empty; nothing stored") }
        if token.contains(where: \.isNewline) { throw CLIFailure.usage("the token must be one line; nothing stored") }
        if !token.hasPrefix("liza_") {
            console.warn("this does not look like a Liza token (they start with liza_mcp_); storing it anyway")
        }

        if !noVerify {
            var checking = context.settings
            checking.token = token
            let checker = CommandContext(console: console, settings: checking, environment: settingsEnvironment)
            do {
                let count = try await checker.withClient(retryPolicy: .none) { try await $0.integrations().count }
                console.err("Token accepted by \(context.settings.baseURL) (\(count) integrations).")
            } catch let failure as CLIFailure where failure.exitCode == ExitStatus.auth {
                throw CLIFailure("\(failure.message); nothing stored", exitCode: ExitStatus.auth)
            } catch let error as LizaError {
                console.warn("could not check the token (\(TerminalText.cell(error.description))); storing it anyway")
            }
        }

        let store = CredentialsStore(paths: context.paths)
        do {
            try store.store(token: token, forProfile: profileName)
        } catch {
            throw CLIFailure(error.message, exitCode: ExitStatus.code(for: error))
        }
        console.err("Stored the token (\(Redaction.redactedToken(token))) for profile '\(profileName)' in \(context.paths.abbreviated(store.path)).")
        if !(environment["LIZA_TOKEN"] ?? "").isEmpty {
            console.warn("LIZA_TOKEN is set in your environment and takes precedence over the stored token")
        }
    }
}
