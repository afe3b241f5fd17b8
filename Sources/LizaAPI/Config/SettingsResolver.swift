import Foundation

/// Combines flags, environment, `config.toml` and `credentials.toml` into `ResolvedSettings`.
///
/// Precedence, highest first: flags (`--base-url`, `--token`, `--profile`, `--timeout`) > environment
/// (`LIZA_BASE_URL`, `LIZA_TOKEN`, `LIZA_PROFILE`, `LIZA_TIMEOUT`) > the profile's entries in the files >
/// the built-in default base URL. The profile itself is chosen by `--profile`, then
/// `LIZA_PROFILE`, then `default_profile` in `config.toml`, then `default`. Empty values count
/// as unset. The credentials file is read only when no token came from a flag or the
/// environment, so a too-open credentials file does not block `LIZA_TOKEN` users.
public enum SettingsResolver {
    /// The profile used when none is chosen.
    public static let defaultProfile = "default"

    public static func resolve(flags: SettingsFlags, environment: [String: String]) throws(LizaError) -> ResolvedSettings {
        let paths = LizaPaths(environment: environment)
        let config = ConfigFile.load(from: paths.configFile)
        var warnings = config.warnings

        func env(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        func flag(_ value: String?) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }

        let (profile, profileSource) = resolveProfile(flag: flags.profile, environment: environment, config: config)
        let profileConfig = config.profiles[profile]

        let rawBaseURL: String
        let baseURLSource: SettingSource
        if let u = flag(flags.baseURL) {
            (rawBaseURL, baseURLSource) = (u, .flag("--base-url"))
        } else if let u = env("LIZA_BASE_URL") {
            (rawBaseURL, baseURLSource) = (u, .environment("LIZA_BASE_URL"))
        } else if let u = profileConfig?.baseURL {
            (rawBaseURL, baseURLSource) = (u, .configFile)
        } else {
            (rawBaseURL, baseURLSource) = (BaseURLPolicy.defaultBaseURL, .builtIn)
        }
        let sourceName = baseURLSource == .configFile ? "[profiles.\(profile)] in \(paths.configFile)" : baseURLSource.description
        let baseURL = try BaseURLPolicy.validate(rawBaseURL, source: sourceName)

        var token: String?
        var tokenSource = TokenSource.none
        var profileHasToken = false
        if let t = flag(flags.token) {
            (token, tokenSource) = (t, .flag)
        } else if let t = env("LIZA_TOKEN") {
            (token, tokenSource) = (t, .environment)
        } else {
            let stored = try CredentialsStore(paths: paths).token(forProfile: profile)
            warnings += stored.warnings
            if let t = stored.token {
                (token, tokenSource) = (t, .credentialsFile(path: paths.credentialsFile))
                profileHasToken = true
            }
        }

        // A profile chosen by name that exists nowhere is most likely a typo.
        if profileSource != .builtIn, profileConfig == nil, !profileHasToken, tokenSource == .none {
            let known = config.profiles.keys.sorted()
            let hint = known.isEmpty ? "" : " (profiles in config.toml: \(known.joined(separator: ", ")))"
            warnings.append("profile '\(profile)' (from \(profileSource)) is not in \(paths.configFile) and has no stored token\(hint)")
        }

        // The timeout: out of range is an error wherever it came from (like a bad base URL).
        let timeout: Int
        let timeoutSource: SettingSource
        if let t = flags.timeout {
            (timeout, timeoutSource) = (try TimeoutSetting.check(t, source: "--timeout"), .flag("--timeout"))
        } else if let t = env("LIZA_TIMEOUT") {
            (timeout, timeoutSource) = (try TimeoutSetting.parse(t, source: "LIZA_TIMEOUT"), .environment("LIZA_TIMEOUT"))
        } else if let t = profileConfig?.timeout {
            let place = profileConfig?.timeoutLine.map { "\(paths.configFile):\($0): " } ?? "\(paths.configFile): "
            (timeout, timeoutSource) = (try TimeoutSetting.check(t, source: "\(place)timeout in [profiles.\(profile)]"), .configFile)
        } else {
            (timeout, timeoutSource) = (TimeoutSetting.defaultSeconds, .builtIn)
        }

        let theme = env("LIZA_THEME") ?? profileConfig?.theme
        var settings = ResolvedSettings(
            baseURL: baseURL, token: token, tokenSource: tokenSource, profile: profile, theme: theme,
            warnings: warnings, profileSource: profileSource, baseURLSource: baseURLSource, paths: paths,
            timeout: timeout, timeoutSource: timeoutSource
        )
        settings.keyAssignments = config.keyAssignments
        settings.mouse = config.mouse ?? true
        settings.proxy = try ProxyResolver(environment: environment, profileProxy: profileConfig?.proxy,
                                           profileSourceName: "proxy in [profiles.\(profile)]")
            .decide(for: baseURL)
        settings.caBundle = try CABundle.resolve(environment: environment, profileBundle: profileConfig?.caBundle,
                                                 profileSourceName: "ca_bundle in [profiles.\(profile)]",
                                                 homeDirectory: paths.homeDirectory,
                                                 currentDirectory: FileManager.default.currentDirectoryPath)
        if flags.verbose {
            settings.debugLogSource = "--verbose"
        } else if let debug = env("LIZA_DEBUG"), !["0", "false", "no", "off"].contains(debug.lowercased()) {
            settings.debugLogSource = "LIZA_DEBUG"
        }
        settings.hyperlinks = profileConfig?.hyperlinks ?? config.hyperlinks ?? true
        settings.cache = profileConfig?.cache ?? .default
        settings.fullSyncAfter = profileConfig?.fullSyncAfter ?? 86_400
        settings.readOnly = ReadOnlyMode.reason(flag: flags.readOnly, environment: environment, profile: profile,
                                                profileConfig: profileConfig)
        return settings
    }

    /// The profile in effect and where it came from: `--profile`, then `LIZA_PROFILE`, then
    /// `default_profile` in `config.toml`, then `default`. Empty values count as unset.
    public static func resolveProfile(flag: String?, environment: [String: String], config: ConfigFile) -> (String, SettingSource) {
        if let p = flag?.trimmingCharacters(in: .whitespacesAndNewlines), !p.isEmpty { return (p, .flag("--profile")) }
        if let p = environment["LIZA_PROFILE"]?.trimmingCharacters(in: .whitespacesAndNewlines), !p.isEmpty {
            return (p, .environment("LIZA_PROFILE"))
        }
        if let p = config.defaultProfile { return (p, .configFile) }
        return (defaultProfile, .builtIn)
    }
}
