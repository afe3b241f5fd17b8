import ArgumentParser
import LizaAPI

/// The options every API command takes.
struct GlobalOptions: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print JSON: the objects exactly as the API returned them (key order kept).")
    var jsonFlag = false

    @Option(help: ArgumentHelp("Filter the JSON output through the system's jq (implies --json), e.g. --jq '.[].id'.",
                               valueName: "expr"))
    var jq: String?

    /// `--json`, or `--jq` (which filters JSON).
    var json: Bool { jsonFlag || jq != nil }

    @Option(help: ArgumentHelp("The profile to use (else LIZA_PROFILE, else default_profile in config.toml).", valueName: "name"),
            completion: ShellCompletion.profiles)
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

    @Flag(name: [.short, .long], help: "Print each request and response (method, URL, status, duration, request id, headers; never the token) to stderr. Also LIZA_DEBUG=1.")
    var verbose = false

    @Flag(name: .customLong("read-only"),
          help: "Refuse every write (connect, callback, connection delete, passthrough other than GET) before anything is sent (exit 2). Also LIZA_READ_ONLY=1 or read_only = true in the profile.")
    var readOnly = false

    /// The flags as the settings resolver takes them.
    var settingsFlags: SettingsFlags {
        SettingsFlags(baseURL: baseURL, token: token, profile: profile, timeout: timeout, verbose: verbose, readOnly: readOnly)
    }
}
