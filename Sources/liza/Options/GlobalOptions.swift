import ArgumentParser
import LizaAPI

/// The options every API command takes.
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Print JSON: the objects exactly as the API returned them (key order kept).")
    var json = false

    @Option(help: ArgumentHelp("The profile to use (else LIZA_PROFILE, else default_profile in config.toml).", valueName: "name"))
    var profile: String?

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("The API base URL (else LIZA_BASE_URL, else the profile's, else https://api.eu.liza.app/api).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp(
        "The API token. Discouraged: other users can see it in the process list; prefer `liza login` or LIZA_TOKEN.",
        valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp(
        "Seconds one API call may take in all, retries included (1–3600; else LIZA_TIMEOUT, else the profile's timeout, else 30).",
        valueName: "seconds"))
    var timeout: Int?

    /// The flags as the settings resolver takes them.
    var settingsFlags: SettingsFlags { SettingsFlags(baseURL: baseURL, token: token, profile: profile, timeout: timeout) }
}
