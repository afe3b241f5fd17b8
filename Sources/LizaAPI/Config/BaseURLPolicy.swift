/// Checks a base URL from settings and says where it came from when it is wrong.
///
/// The rule itself (absolute, https — http only on a loopback host, so a token never crosses a
/// network in clear text) lives in `BaseURL`, the value the client is given; this adds the
/// setting's source (`--base-url`, `LIZA_BASE_URL`, a config file) to the message.
public enum BaseURLPolicy {
    /// The base URL of the hosted API.
    public static let defaultBaseURL = "https://api.eu.liza.app/api"

    /// Returns `url` parsed, or throws `.configuration` saying what is wrong; `source` names
    /// where the URL came from (`--base-url`, `LIZA_BASE_URL`, …).
    public static func validate(_ url: String, source: String) throws(LizaError) -> BaseURL {
        do {
            return try BaseURL(url)
        } catch {
            throw LizaError(kind: .configuration, message: "base URL from \(source): \(error.message)", field: .baseURL)
        }
    }

    /// True for `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(_ host: String) -> Bool { BaseURL.isLoopbackHost(host) }
}
