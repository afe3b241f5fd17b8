/// Chooses the proxy for a URL the way curl does.
///
/// - The proxy: the profile's `proxy = "…"` when set (like curl's `--proxy`, it beats the
///   environment; `proxy = ""` means never use one), else `https_proxy`/`HTTPS_PROXY` for https
///   URLs or `http_proxy`/`HTTP_PROXY` for http ones, else `all_proxy`/`ALL_PROXY`. The lowercase
///   spelling wins when both are set; empty values count as unset.
/// - Then `no_proxy`/`NO_PROXY` (see `NoProxyList`) alone decides whether that host is reached
///   directly; loopback hosts get no exception of their own.
///
/// Pure: it reads the environment dictionary it is given, nothing else.
public struct ProxyResolver: Sendable {
    public var environment: [String: String]
    /// The profile's `proxy` value, if the profile sets one ("" = no proxy).
    public var profileProxy: String?
    /// How to name the profile's setting in messages (`proxy in [profiles.work]`).
    public var profileSourceName: String

    public init(environment: [String: String], profileProxy: String? = nil, profileSourceName: String = "the profile's proxy") {
        self.environment = environment
        self.profileProxy = profileProxy
        self.profileSourceName = profileSourceName
    }

    /// The decision for requests to `scheme://host:port`. A proxy URL that cannot be used is a
    /// `.configuration` error naming where it came from (never its credentials).
    public func decide(scheme: String, host: String, port: Int?) throws(LizaError) -> ProxyDecision {
        let scheme = scheme.lowercased()
        let port = port ?? (scheme == "https" ? 443 : 80)

        var chosen: (value: String, source: String)?
        if let profileProxy {
            let trimmed = profileProxy.trimmingSpacesAndNewlines()
            if trimmed.isEmpty { return ProxyDecision(proxy: nil, reason: "\(profileSourceName) is empty") }
            chosen = (trimmed, profileSourceName)
        } else {
            let names = scheme == "https" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy", "HTTP_PROXY"]
            chosen = first(of: names + ["all_proxy", "ALL_PROXY"])
        }
        guard let chosen else {
            return ProxyDecision(proxy: nil, reason: "no proxy variable is set")
        }
        if let noProxy = first(of: ["no_proxy", "NO_PROXY"]),
           let entry = NoProxyList(noProxy.value).match(host: host, port: port) {
            return ProxyDecision(proxy: nil, reason: "\(noProxy.source) entry '\(entry.text)' matches \(host)")
        }
        do {
            return ProxyDecision(proxy: try ProxyServer(parsing: chosen.value), reason: chosen.source)
        } catch {
            throw LizaError(kind: .configuration, message: "the proxy from \(chosen.source) cannot be used: \(error.reason)", field: .proxy)
        }
    }

    /// The decision for a base URL.
    public func decide(for baseURL: BaseURL) throws(LizaError) -> ProxyDecision {
        try decide(scheme: baseURL.scheme, host: baseURL.host, port: baseURL.port)
    }

    /// The first variable of `names` that is set and not blank.
    private func first(of names: [String]) -> (value: String, source: String)? {
        for name in names {
            if let value = environment[name]?.trimmingSpacesAndNewlines(), !value.isEmpty { return (value, name) }
        }
        return nil
    }
}
