/// A proxy from a proxy URL (`http://user:pass@proxy.corp:3128`, `proxy.corp:3128`,
/// `socks5h://127.0.0.1:1080`), parsed the way curl reads `HTTPS_PROXY`.
///
/// Without a scheme it is an HTTP proxy; without a port, 1080 (curl's default). The user name
/// and password are percent-decoded and used for Basic proxy authentication (SOCKS proxies
/// take none here). They are secret: `description` and `redacted` never show them.
public struct ProxyServer: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// An HTTP proxy: https is tunnelled through CONNECT, http is forwarded.
        case http
        /// A SOCKS5 proxy (`socks5://` and `socks5h://`).
        case socks5
    }

    public var kind: Kind
    /// The host, without IPv6 brackets.
    public var host: String
    public var port: Int
    /// From `user:pass@`; never printed.
    public var username: String?
    /// From `user:pass@`; never printed.
    public var password: String?

    /// curl's default proxy port.
    public static let defaultPort = 1080

    public init(kind: Kind, host: String, port: Int, username: String? = nil, password: String? = nil) {
        self.kind = kind; self.host = host; self.port = port; self.username = username; self.password = password
    }

    /// Parses a proxy URL; the error's message never contains the credentials.
    public init(parsing text: String) throws(ProxyURLError) {
        let trimmed = text.trimmingSpacesAndNewlines()
        guard !trimmed.isEmpty else { throw ProxyURLError("it is empty") }
        guard !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
            throw ProxyURLError("it contains spaces or control characters")
        }
        var rest = Substring(trimmed)
        var kind = Kind.http
        if let schemeEnd = rest.firstRange(of: "://") {
            let scheme = rest[..<schemeEnd.lowerBound].lowercased()
            switch scheme {
            case "http": kind = .http
            case "socks5", "socks5h": kind = .socks5
            case "https": throw ProxyURLError("https:// proxies (TLS to the proxy) are not supported; use http://")
            default: throw ProxyURLError("unsupported proxy scheme '\(scheme)' (use http://, socks5:// or socks5h://)")
            }
            rest = rest[schemeEnd.upperBound...]
        }
        // Only the authority matters; a trailing "/" (as in http://proxy:3128/) is common.
        if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
            guard rest[slash...].allSatisfy({ $0 == "/" }) else { throw ProxyURLError("a proxy URL has no path") }
            rest = rest[..<slash]
        }
        var username: String?
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let user = PercentEncoding.decode(String(parts[0])) else {
                throw ProxyURLError("the user name is not valid percent-encoding")
            }
            username = user
            if parts.count == 2 {
                guard let pass = PercentEncoding.decode(String(parts[1])) else {
                    throw ProxyURLError("the password is not valid percent-encoding")
                }
                password = pass
            }
        }
        let (host, port) = try Self.hostAndPort(rest)
        guard !host.isEmpty else { throw ProxyURLError("it has no host") }
        if kind == .socks5, username != nil {
            throw ProxyURLError("SOCKS proxies with a user name are not supported")
        }
        self.init(kind: kind, host: host, port: port ?? Self.defaultPort, username: username, password: password)
    }

    /// True when the URL carried a user name (Basic proxy authentication).
    public var hasCredentials: Bool { username != nil }

    /// `http://proxy.corp:3128`, with `***@` where the credentials were: safe to print.
    public var redacted: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(kind == .http ? "http" : "socks5")://\(hasCredentials ? "***@" : "")\(shownHost):\(port)"
    }

    public var description: String { redacted }

    /// `host`, `host:port`, `[v6]` or `[v6]:port`.
    static func hostAndPort(_ text: Substring) throws(ProxyURLError) -> (String, Int?) {
        var host: Substring
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw ProxyURLError("unclosed '[' in the host") }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw ProxyURLError("unexpected text after the host") }
                portText = after.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            host = text
        }
        var port: Int?
        if let portText {
            guard let p = Int(portText), (1...65_535).contains(p) else { throw ProxyURLError("the port must be 1–65535") }
            port = p
        }
        return (String(host), port)
    }
}

/// Why a proxy URL could not be used (never contains the credentials).
public struct ProxyURLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
