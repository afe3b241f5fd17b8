import ArgumentParser
import Foundation
import LizaAPI
import OrderedJSON

/// `liza status`: which settings are in effect, where they came from, and whether the API answers.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the profile, base URL, token source, timeout, proxy, CA bundle, config paths, and whether the API answers.",
        discussion: "Exits with the code of the API check (0 when it answers). The check gets the timeout in effect (--timeout, LIZA_TIMEOUT, the profile's timeout, else 30 s) and is not retried. The token is shown by its last characters only."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        let settings = context.settings
        let paths = context.paths
        let store = CredentialsStore(paths: paths)
        let configExists = FileManager.default.fileExists(atPath: paths.configFile)
        let credentialsMode = store.mode().map { CredentialsStore.octal($0) }

        // The check: GET /v1/integrations without retries, within the timeout in effect.
        var apiLine: String
        var apiJSON: JSONValue
        var failure: CLIFailure?
        if settings.token == nil {
            apiLine = "not checked (no token)"
            apiJSON = .object([("ok", .bool(false)), ("error", .string("no token"))])
            failure = CLIFailure("no token: run `liza login` or set LIZA_TOKEN", exitCode: ExitStatus.auth)
        } else {
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let count = try await context.withClient(retryPolicy: .none) { try await $0.integrations().count }
                let elapsed = clock.now - start
                let ms = Int((elapsed.inSeconds * 1000).rounded())
                apiLine = "ok (\(count) integrations, \(ms) ms)"
                apiJSON = .object([("ok", .bool(true)), ("integrations", .int(count)), ("milliseconds", .int(ms))])
            } catch let f as CLIFailure {
                apiLine = "error: \(f.message)"
                apiJSON = .object([("ok", .bool(false)), ("error", .string(f.message))])
                failure = CLIFailure("the API check failed", exitCode: f.exitCode)
            } catch let error as LizaError {
                let message = TerminalText.cell(error.description)
                apiLine = "error: \(message)"
                apiJSON = .object([("ok", .bool(false)), ("error", .string(message))])
                failure = CLIFailure("the API check failed", exitCode: ExitStatus.code(for: error))
            }
        }

        if global.json {
            let head: [(String, JSONValue)] = [
                ("profile", .string(settings.profile)),
                ("profile_source", .string(settings.profileSource.description)),
                ("base_url", .string(settings.baseURL.description)),
                ("base_url_source", .string(settings.baseURLSource.description)),
                ("token", settings.redactedToken.map(JSONValue.string) ?? .null),
                ("token_source", .string(settings.tokenSource.description)),
                ("config_file", .string(paths.configFile)),
                ("config_file_exists", .bool(configExists)),
                ("credentials_file", .string(paths.credentialsFile)),
                ("credentials_file_mode", credentialsMode.map(JSONValue.string) ?? .null),
                ("state_directory", .string(paths.stateDirectory)),
                ("themes_directory", .string(paths.themesDirectory)),
                ("theme", settings.theme.map(JSONValue.string) ?? .null),
                ("timeout_seconds", .int(settings.timeout)),
                ("timeout_source", .string(settings.timeoutSource.description)),
                ("read_only", .bool(settings.readOnly != nil)),
                ("read_only_reason", settings.readOnly.map(JSONValue.string) ?? .null),
            ]
            let tail: [(String, JSONValue)] = [("warnings", .array(settings.warnings.map(JSONValue.string))), ("api", apiJSON)]
            JSONOutput.print(.object(head + Self.networkFields(settings) + tail), console: console)
        } else {
            var rows: [(String, String)] = [
                ("Profile", "\(settings.profile) (from \(settings.profileSource))"),
                ("Base URL", "\(settings.baseURL) (from \(settings.baseURLSource))"),
                ("Token", settings.redactedToken.map { "\($0) (from \(settings.tokenSource.description(paths: paths)))" } ?? "none: run `liza login` or set LIZA_TOKEN"),
                ("Config file", paths.abbreviated(paths.configFile) + (configExists ? "" : " (not found: defaults)")),
                ("Credentials", paths.abbreviated(paths.credentialsFile) + (credentialsMode.map { " (mode \($0))" } ?? " (not found)")),
                ("State dir", paths.abbreviated(paths.stateDirectory)),
                ("Themes dir", paths.abbreviated(paths.themesDirectory)),
            ]
            if let theme = settings.theme { rows.append(("Theme", theme)) }
            rows.append(("Timeout", "\(settings.timeout) s per call (from \(settings.timeoutSource))"))
            if let readOnly = settings.readOnly { rows.append(("Read-only", "\(readOnly): writes are refused")) }
            rows.append(("Proxy", settings.proxy.description))
            rows.append(("CA bundle", settings.caBundle.map { "\(paths.abbreviated($0.path)) (from \($0.source)), added to the system's roots" }
                ?? "none: the system's roots"))
            if let source = settings.debugLogSource { rows.append(("Request log", "on (\(source)): stderr")) }
            for warning in settings.warnings { rows.append(("Warning", warning)) }
            rows.append(("API", apiLine))
            KeyValuePrinter.print(rows, console: console)
        }
        if let failure { throw ExitCode(failure.exitCode) }
    }

    /// Proxy, CA bundle, User-Agent and request log, for `--json` (never the proxy's credentials).
    static func networkFields(_ settings: ResolvedSettings) -> [(String, JSONValue)] {
        let proxy: JSONValue = settings.proxy.proxy.map { .string($0.redacted) } ?? .null
        let bundle: JSONValue = settings.caBundle.map { .string($0.path) } ?? .null
        let bundleSource: JSONValue = settings.caBundle.map { .string($0.source) } ?? .null
        let debug: JSONValue = settings.debugLogSource.map { .string($0) } ?? .null
        return [
            ("proxy", proxy), ("proxy_reason", .string(settings.proxy.reason)),
            ("ca_bundle", bundle), ("ca_bundle_source", bundleSource),
            ("user_agent", .string(LizaClient.defaultUserAgent)), ("debug_log", debug),
        ]
    }
}
