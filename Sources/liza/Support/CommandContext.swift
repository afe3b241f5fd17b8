import Foundation
import LizaAPI
import LizaHTTP

/// What a command runs with: the console, the resolved settings, and a way to get a client.
struct CommandContext: Sendable {
    let console: Console
    let settings: ResolvedSettings
    let environment: [String: String]

    /// Resolves the settings for `flags` and prints any config warnings on stderr.
    static func make(_ flags: SettingsFlags, console: Console = Console(),
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CommandContext {
        let settings: ResolvedSettings
        do {
            settings = try SettingsResolver.resolve(flags: flags, environment: environment)
        } catch {
            throw CLIFailure(error.message, exitCode: ExitStatus.code(for: error))
        }
        for warning in settings.warnings { console.warn(warning) }
        return CommandContext(console: console, settings: settings, environment: environment)
    }

    /// The token, or a failure (exit 3) that says how to provide one.
    func requireToken() throws -> String {
        guard let token = settings.token else {
            throw CLIFailure(
                "no token for profile '\(settings.profile)': run `liza login\(settings.profile == SettingsResolver.defaultProfile ? "" : " --profile \(settings.profile)")` or set LIZA_TOKEN",
                exitCode: ExitStatus.auth)
        }
        return token
    }

    /// Refuses `what` (exit 2) when the settings are read-only; writes call this before they
    /// ask, listen or send anything (the client refuses again below, whatever the caller).
    func requireWritable(_ what: String) throws {
        if let reason = settings.readOnly {
            throw CLIFailure(LizaError.readOnly(reason, refusing: TerminalText.cell(what)).message, exitCode: ExitStatus.usage)
        }
    }

    /// Runs `body` with a client for the resolved settings.
    ///
    /// While the client waits on a 429 (or backs off after a server error) and stderr is a
    /// terminal, the wait is shown there. A 401 gets a hint naming where the token came from
    /// (never the token).
    /// Every call of the client finishes within the resolved timeout (`--timeout`,
    /// `LIZA_TIMEOUT`, the profile's `timeout`, else 30 s), retries and waits included.
    func withClient<T: Sendable>(retryPolicy: RetryPolicy = .default,
                                 _ body: (LizaClient) async throws -> T) async throws -> T {
        let token = try requireToken()
        let showWaits = console.stderrIsTTY
        let observer: @Sendable (ClientEvent) -> Void = { event in
            guard showWaits else { return }
            switch event {
            case .rateLimited(let seconds, _):
                Console.emit("liza: rate limited, retrying in \(Self.seconds(seconds))…\n", to: STDERR_FILENO)
            case .retrying(let seconds, _, let reason):
                Console.emit("liza: \(TerminalText.cell(reason)), retrying in \(Self.seconds(seconds))…\n", to: STDERR_FILENO)
            }
        }
        let http: AsyncHTTPClientTransport
        do {
            http = try AsyncHTTPClientTransport.make(TransportSettings(settings))
        } catch {
            throw CLIFailure(TerminalText.cell(error.message), exitCode: ExitStatus.code(for: error))
        }
        var transport: any HTTPTransport = http
        if settings.debugLogSource != nil {
            transport = DebugLoggingTransport(base: transport, secrets: [token]) { Console.emit($0, to: STDERR_FILENO) }
        }
        let client = LizaClient(baseURL: settings.baseURL, token: token, transport: transport,
                                retryPolicy: retryPolicy, userAgent: LizaClient.defaultUserAgent,
                                timeout: Double(settings.timeout), observer: observer)
            .refusingWrites(settings.readOnly)
        do {
            let result = try await body(client)
            await http.shutdown()
            return result
        } catch let error as LizaError where error.kind == .auth {
            await http.shutdown()
            // 401: say which token was refused (by its source and last characters only); the
            // server's request id stays last.
            var refused = error
            refused.requestID = nil
            throw CLIFailure(
                "\(TerminalText.cell(refused.description)); the token (\(settings.redactedToken ?? "")) came from \(settings.tokenSource.description(paths: paths))"
                    + (error.requestID.map { " (request id \(TerminalText.cell($0)))" } ?? ""),
                exitCode: ExitStatus.auth)
        } catch {
            await http.shutdown()
            throw error
        }
    }

    var paths: LizaPaths { settings.paths ?? LizaPaths(environment: environment) }

    /// "12 s", "0.5 s".
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0, value < 1e9 else { return "a while" }
        return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) s" : String(format: "%.1f s", value)
    }
}
