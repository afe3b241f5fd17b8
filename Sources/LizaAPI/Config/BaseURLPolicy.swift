import Foundation

/// The rules for an API base URL: absolute, https — or http only on a loopback host (the
/// sandbox), so a token is never sent in clear text over a network.
public enum BaseURLPolicy {
    /// The base URL of the hosted API.
    public static let defaultBaseURL = "https://api.eu.liza.app/api"

    /// Returns `url` normalized (no trailing `/`), or throws `.configuration` saying what is
    /// wrong; `source` names where the URL came from (`--base-url`, `LIZA_BASE_URL`, …).
    public static func validate(_ url: String, source: String) throws(LizaError) -> String {
        var trimmed = url.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        func fail(_ why: String) -> LizaError {
            LizaError(kind: .configuration, message: "base URL from \(source) \(why): \(url)", field: "base_url")
        }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw fail("is not a valid URL")
        }
        guard let host = components.host, !host.isEmpty else { throw fail("has no host (expected e.g. \(defaultBaseURL))") }
        guard components.user == nil, components.password == nil else { throw fail("must not contain a user name or password") }
        guard components.query == nil, components.fragment == nil else { throw fail("must not contain a query (?) or fragment (#)") }
        switch scheme {
        case "https":
            break
        case "http":
            guard isLoopback(host) else {
                throw fail("must use https (plain http is only allowed for loopback hosts such as 127.0.0.1, where the sandbox runs)")
            }
        default:
            throw fail("must start with https://")
        }
        return trimmed
    }

    /// True for `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        var h = host.lowercased()
        if h.hasPrefix("["), h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h == "localhost" || h.hasSuffix(".localhost") || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in UInt8(part).map { _ in true } ?? false }
    }
}
