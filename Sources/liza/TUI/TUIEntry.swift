import CursesTerminal
import Foundation
import LizaApp
import LizaAPI
import LizaHTTP
import LizaLoopback
import LizaStore
import LizaStoreAdapter
import TUIKit

/// `liza` without a subcommand: wires settings, theme, the API (or the in-process demo sandbox)
/// and the curses terminal to the TUI program, and always gives the terminal back.
enum TUIEntry {
    static func run(_ options: TUIOptions) async throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        // Before anything starts: a crash report must never wait for a key on the screen.
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 { BacktraceEnvironment.reexecIfNeeded(environment: environment) }
        let isSSH = ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"].contains { !(environment[$0] ?? "").isEmpty }

        // Settings: a bad config is reported on the welcome screen rather than refusing to start.
        var settings: ResolvedSettings?
        var settingsProblem: String?
        do {
            settings = try SettingsResolver.resolve(flags: SettingsFlags(baseURL: options.baseURL, profile: options.profile,
                                                                         timeout: options.timeout, verbose: options.verbose,
                                                                         readOnly: options.readOnly),
                                                    environment: environment)
        } catch {
            settingsProblem = error.message
        }
        let paths = settings?.paths ?? LizaPaths(environment: environment)
        // History, tui.log and crash reports live here: private (0700), also when an older liza
        // made it 0755. Without it the TUI still runs, with nothing kept.
        let stateDirectory = try? paths.prepareStateDirectory()

        // Theme: --theme, then the profile's, then the default; a bad one is reported in the status bar.
        let catalog = ThemeCatalog.standard(userDirectory: paths.themesDirectory)
        let (theme, themeError) = catalog.loadForStartup(named: options.theme ?? settings?.theme)
        let themeNames = catalog.entries().map(\.name)

        let inbox = ActionInbox()
        let observer: @Sendable (ClientEvent) -> Void = { inbox.send(.client($0)) }
        let demo = DemoSandbox()
        let verbose = settings?.debugLogSource != nil || options.verbose
        // Read-only: the profile's setting applies to the profile's API; the demo follows only
        // --read-only and LIZA_READ_ONLY.
        let flagReadOnly = ReadOnlyMode.reason(flag: options.readOnly, environment: environment, profile: "demo", profileConfig: nil)

        var service: (any LizaService)?
        var ownedClient: AsyncHTTPClientTransport?
        // The transports `:profile` made; shut down with the first one at exit.
        let transports = TransportPile()
        var screen: Screen = .main
        var session: SessionInfo
        var offlineStore: RecordStore?
        if options.offline {
            // The persisted store, read with no network: opened before curses takes the terminal,
            // so "nothing stored" prints as a normal error.
            let profile = settings?.profile ?? SettingsResolver.defaultProfile
            let file = RecordStoreFiles.databaseFile(paths: paths, profile: profile)
            guard !options.demo, FileManager.default.fileExists(atPath: file) else {
                throw CLIFailure(options.demo ? "--offline and --demo cannot be combined"
                                 : "no stored records for profile '\(profile)': set cache = \"persist\" in its [profiles.\(profile)] table of config.toml and sync once (L in the Records pane, or liza records … --sync)",
                                 exitCode: ExitStatus.usage)
            }
            do {
                offlineStore = try RecordStore(file: file)
            } catch {
                throw CLIFailure(TerminalText.cell(error.description), exitCode: ExitStatus.apiError)
            }
        }
        if let offlineStore {
            service = OfflineService(store: offlineStore)
            session = SessionInfo(host: "offline", profile: settings?.profile ?? SettingsResolver.defaultProfile, isSSH: isSSH)
            session.isOffline = true
        } else if options.demo {
            // Started before curses takes the terminal, so a failure prints as a normal error.
            let started = try await demo.start(observer: observer, isSSH: isSSH, verbose: verbose, readOnly: flagReadOnly)
            service = started.0
            session = started.1
        } else if let s = settings, let token = s.token {
            // Proxy and CA bundle as configured; the request log (if on) goes to stderr, which
            // is tui.log while the TUI runs. The client lives as long as the process.
            let http: AsyncHTTPClientTransport
            do {
                http = try AsyncHTTPClientTransport.make(TransportSettings(s))
            } catch {
                throw CLIFailure(TerminalText.cell(error.message), exitCode: ExitStatus.code(for: error))
            }
            ownedClient = http
            var transport: any HTTPTransport = http
            if s.debugLogSource != nil {
                transport = DebugLoggingTransport(base: transport, secrets: [token]) { Console.emit($0, to: STDERR_FILENO) }
            }
            service = LizaClient(baseURL: s.baseURL, token: token, transport: transport,
                                 userAgent: LizaClient.defaultUserAgent, timeout: Double(s.timeout), observer: observer)
                .refusingWrites(s.readOnly)
            session = SessionInfo(host: SessionInfo.host(ofBaseURL: s.baseURL.description), profile: s.profile, isDemo: false,
                                  tokenSource: tokenSourceLabel(s.tokenSource),
                                  tokenLast4: String(token.suffix(min(4, token.count / 4))), isSSH: isSSH)
            session.readOnly = s.readOnly
            session.baseURL = s.baseURL.description
        } else {
            let base = settings?.baseURL.description ?? BaseURLPolicy.defaultBaseURL
            session = SessionInfo(host: SessionInfo.host(ofBaseURL: base), profile: settings?.profile ?? SettingsResolver.defaultProfile,
                                  isSSH: isSSH)
            session.readOnly = settings?.readOnly ?? flagReadOnly
            let reason = settingsProblem.map { "The configuration could not be read: \($0)" }
                ?? "No API token found for profile '\(session.profile)'."
            screen = .welcome(WelcomeState(reason: reason, credentialsPath: paths.abbreviated(paths.credentialsFile)))
        }

        // The record store the profile's `cache` policy asks for (`off`: none, the Records pane
        // keeps its rows in memory); the demo's is always temporary. A store that cannot open is
        // reported and the pane works in memory.
        let policy = settings?.cache ?? .default
        var recordStore: RecordStore?
        var storeProblem: String?
        if let offlineStore {
            recordStore = offlineStore
        } else if policy != .off {
            do {
                recordStore = options.demo ? try RecordStore(file: nil)
                    : try RecordStoreFiles.open(policy: policy, paths: paths, profile: session.profile)
            } catch {
                storeProblem = error.description
            }
        }
        let storing = recordStore.map {
            TUIRecordStore(store: $0, sync: RecordSync(fullSyncAfter: Double(settings?.fullSyncAfter ?? 86_400)))
        }

        // Passthrough history survives restarts, per profile, in the state directory (never the token).
        // The file is always the one of the profile the header names (the demo's is `demo`).
        var state = AppState(size: Size(width: 80, height: 24), session: session, theme: theme, themeNames: themeNames, screen: screen)
        state.profileNames = ConfigFile.load(from: paths.configFile).profiles.keys.sorted()
        state.passthroughHistory = stateDirectory == nil ? [] : PassthroughHistoryStore(path: paths.passthroughHistoryFile(profile: session.profile)).load()
        if storing != nil { state.useRecordStore(offline: offlineStore != nil) }
        if let storeProblem { state.status.error = "Record store: \(storeProblem) — records are kept in memory" }
        if stateDirectory != nil {
            state.useColumnLayouts(file: paths.columnLayoutsFile, ColumnLayoutStore(path: paths.columnLayoutsFile).load())
        }
        if let themeError { state.status.error = "Theme: \(themeError.description) — using the default theme" }
        if let warning = settings?.warnings.first { state.status.notice = warning }
        // Key remapping from config.toml: a bad line is reported and its command keeps its defaults.
        let (keys, keyProblems) = AppKeys.remapped(by: settings?.keyAssignments ?? [], file: paths.configFile)
        state.keys = keys
        state.mouseEnabled = settings?.mouse ?? true
        state.terminalIsUTF8 = RemoteSession.isUTF8(environment)
        if let first = keyProblems.first {
            state.status.error = "Keys: \(first)" + (keyProblems.count > 1 ? " (and \(keyProblems.count - 1) more: liza keys --check)" : "")
        }
        if let stateDirectory, let report = CrashReports(directory: stateDirectory).takeUnmentioned() {
            state.status.notice = "liza crashed last time; the report is in \(paths.abbreviated(report))"
        }

        let programEnvironment = ProgramEnvironment(
            loadTheme: { name in
                do throws(ThemeError) { return .success(try catalog.load(named: name)) } catch { return .failure(AppFailure(error.description)) }
            },
            openURL: { url in await BrowserOpener.open(url, environment: environment) },
            startDemo: {
                do {
                    let (service, session) = try await demo.start(observer: observer, isSSH: isSSH, verbose: verbose, readOnly: flagReadOnly)
                    return .success((service, session))
                } catch {
                    return .failure(AppFailure("\(error)"))
                }
            },
            saveHistory: { profile, entries in
                guard stateDirectory != nil else { return }
                try? PassthroughHistoryStore(path: paths.passthroughHistoryFile(profile: profile)).save(entries)
            },
            loadHistory: { profile in
                stateDirectory == nil ? [] : PassthroughHistoryStore(path: paths.passthroughHistoryFile(profile: profile)).load()
            },
            // The connect flow's loopback listener (LizaApp knows only the RedirectListening seam;
            // the app decides when to use it: no redirect URL given and not over SSH).
            startRedirectListener: { try await LoopbackRedirectListener.start() },
            recordStore: storing,
            switchProfile: { name in
                await switchProfile(name, options: options, environment: environment, isSSH: isSSH, observer: observer,
                                    catalog: catalog, transports: transports)
            })

        // Nothing may write to the terminal but curses while the TUI runs: stderr goes to a log
        // file in the state directory (or nowhere) until the terminal is given back.
        let quietStderr = StderrRedirect(to: stateDirectory.map { _ in paths.tuiLogFile })
        let terminal: CursesTerminal
        do {
            // Mouse reporting unless `mouse = false` in config.toml (shift-drag still selects text);
            // a crash while curses owns the terminal restores it and writes crash-*.log here.
            // The authorization URL is one OSC 8 link unless TERM=linux/dumb or `hyperlinks = false`.
            terminal = try CursesTerminal(options: CursesTerminalOptions(
                mouse: settings?.mouse ?? true, crashReportDirectory: stateDirectory,
                hyperlinks: OSC8Link.enabled(isTTY: true, environment: environment, configured: settings?.hyperlinks ?? true)))
        } catch {
            quietStderr.restore()
            await recordStore?.close()
            await demo.stop()
            await ownedClient?.shutdown()
            throw CLIFailure("cannot open the terminal UI: \(error.description) (the subcommands work without a terminal; see liza --help)",
                             exitCode: ExitStatus.usage)
        }
        let code = await runProgram(terminal: terminal, service: service, state: state, inbox: inbox, environment: programEnvironment)
        terminal.shutdown()
        // A `session` store is temporary: SQLite deletes it as it closes.
        await recordStore?.close()
        quietStderr.restore()
        await demo.stop()
        await ownedClient?.shutdown()
        await transports.shutdownAll()
        // Stopped by SIGTERM, SIGHUP or SIGINT: 128 + the signal, as shells and service managers
        // expect (the terminal is already restored).
        if let signal = terminal.stopSignal { return 128 + signal }
        return code
    }

    /// `:profile NAME`: the settings of that profile (the command line's --timeout, --verbose and
    /// --read-only still apply; --base-url does not), a client for them, and what the header shows.
    static func switchProfile(_ name: String, options: TUIOptions, environment: [String: String], isSSH: Bool,
                              observer: @escaping @Sendable (ClientEvent) -> Void, catalog: ThemeCatalog,
                              transports: TransportPile) async -> Result<(any LizaService, ProfileSwitch), AppFailure> {
        let settings: ResolvedSettings
        do {
            settings = try SettingsResolver.resolve(flags: SettingsFlags(profile: name, timeout: options.timeout, verbose: options.verbose,
                                                                         readOnly: options.readOnly),
                                                    environment: environment.merging(["LIZA_PROFILE": ""]) { $1 })
        } catch {
            return .failure(AppFailure(error.message))
        }
        // A name that is neither in config.toml nor in credentials.toml is a typo, not a profile.
        let known = ConfigFile.load(from: settings.paths?.configFile ?? LizaPaths(environment: environment).configFile).profiles
        var stored = false
        if case .credentialsFile = settings.tokenSource { stored = true }
        guard known[name] != nil || stored else {
            return .failure(AppFailure("no profile '\(name)' in config.toml" + (known.isEmpty ? "" : " (profiles: \(known.keys.sorted().joined(separator: ", ")))")))
        }
        guard let token = settings.token else {
            return .failure(AppFailure("no token for profile '\(name)': run `liza login --profile \(name)`"))
        }
        let http: AsyncHTTPClientTransport
        do {
            http = try AsyncHTTPClientTransport.make(TransportSettings(settings))
        } catch {
            return .failure(AppFailure(error.message))
        }
        await transports.add(http)
        var transport: any HTTPTransport = http
        if settings.debugLogSource != nil {
            transport = DebugLoggingTransport(base: transport, secrets: [token]) { Console.emit($0, to: STDERR_FILENO) }
        }
        let client = LizaClient(baseURL: settings.baseURL, token: token, transport: transport,
                                userAgent: LizaClient.defaultUserAgent, timeout: Double(settings.timeout), observer: observer)
            .refusingWrites(settings.readOnly)
        var session = SessionInfo(host: SessionInfo.host(ofBaseURL: settings.baseURL.description), profile: settings.profile, isDemo: false,
                                  tokenSource: tokenSourceLabel(settings.tokenSource),
                                  tokenLast4: String(token.suffix(min(4, token.count / 4))), isSSH: isSSH)
        session.readOnly = settings.readOnly
        session.baseURL = settings.baseURL.description
        var change = ProfileSwitch(session: session, notice: settings.warnings.first)
        // The theme follows the profile, unless --theme chose one for the whole run.
        if options.theme == nil, let themeName = settings.theme {
            do throws(ThemeError) {
                change.theme = try catalog.load(named: themeName)
            } catch {
                change.notice = "Theme '\(themeName)': \(error.description)"
            }
        }
        return .success((client, change))
    }

    /// Creates and runs the program on the main actor (it owns the app state).
    @MainActor
    static func runProgram(terminal: CursesTerminal, service: (any LizaService)?, state: AppState, inbox: ActionInbox,
                           environment: ProgramEnvironment) async -> Int32 {
        let program = Program(terminal: terminal, service: service, state: state, inbox: inbox, environment: environment)
        return await program.run()
    }

    /// `env`, `config`, `flag` — where the token came from, never the token.
    static func tokenSourceLabel(_ source: TokenSource) -> String {
        switch source {
        case .flag: return "--token"
        case .environment: return "LIZA_TOKEN"
        case .credentialsFile: return "credentials"
        case .none: return "none"
        }
    }
}
