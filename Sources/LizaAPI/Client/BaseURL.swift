/// The API's base URL, checked: `https://api.eu.liza.app/api` or, for the sandbox, a loopback
/// `http://127.0.0.1:PORT/api`.
///
/// Plain http is refused for any other host because the bearer token would cross the network
/// in clear text. Credentials, queries and fragments in the base URL are refused too.
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// `http` or `https`.
    public let scheme: String
    /// The host as written, without brackets for IPv6 (`::1`).
    public let host: String
    public let port: Int?
    /// The path without a trailing slash (`/api`, or empty).
    public let path: String

    public init(_ text: String) throws(LizaError) {
        let trimmed = text.trimmingSpacesAndNewlines()
        func bad(_ why: String) -> LizaError {
            LizaError(kind: .configuration, message: "invalid base URL \(Validation.quoted(trimmed)): \(why)", field: .baseURL)
        }
        guard !trimmed.isEmpty else {
            throw LizaError(kind: .configuration, message: "the base URL is empty", field: .baseURL)
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
            throw bad("it contains spaces or control characters")
        }
        guard let schemeEnd = trimmed.firstRange(of: "://") else {
            throw bad("it must start with https://")
        }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else { throw bad("it must start with https://") }
        let afterScheme = trimmed[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        let rest = afterScheme[authorityEnd...]
        guard !authority.contains("@") else { throw bad("it must not contain credentials") }
        guard !rest.contains("?"), !rest.contains("#") else { throw bad("it must not contain a query or fragment") }

        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw bad("unclosed '[' in the host") }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let afterHost = authority[authority.index(after: close)...]
            if !afterHost.isEmpty {
                guard afterHost.hasPrefix(":") else { throw bad("unexpected text after the host") }
                portText = afterHost.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty else { throw bad("it has no host") }
        var port: Int?
        if let portText {
            guard let p = Int(portText), (1...65_535).contains(p) else { throw bad("the port must be 1–65535") }
            port = p
        }
        var path = String(rest)
        while path.hasSuffix("/") { path.removeLast() }

        self.scheme = scheme
        self.host = String(host)
        self.port = port
        self.path = path
        if scheme == "http" && !isLoopback {
            throw LizaError(
                kind: .configuration,
                message: "must use https: plain http:// to \(self.host) would send the token unencrypted; use https:// (http is only allowed for localhost, 127.0.0.0/8 and ::1, where the sandbox runs)",
                field: .baseURL
            )
        }
    }

    /// True for `localhost`, `127.0.0.0/8` and `::1` (see `isLoopbackHost`).
    public var isLoopback: Bool { Self.isLoopbackHost(host) }

    /// True for `localhost` itself, the literal addresses `127.0.0.0/8` and `::1`, with or
    /// without IPv6 brackets.
    ///
    /// Not `*.localhost`: RFC 6761 only asks resolvers to keep those local, and many hand them
    /// to DNS, so `http://anything.localhost` could carry the token in clear text to whatever
    /// address DNS (or an attacker) answers. `localhost` itself is resolved from `/etc/hosts`.
    public static func isLoopbackHost(_ host: String) -> Bool {
        var h = host.lowercased()
        if h.hasPrefix("["), h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h == "localhost" || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        let octets = parts.compactMap { $0.count <= 3 ? Int($0) : nil }
        return octets.count == 4 && octets.allSatisfy { (0...255).contains($0) } && octets[0] == 127
    }

    /// `https://host:port/path`, without a trailing slash.
    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart)\(port.map { ":\($0)" } ?? "")\(path)"
    }

    /// The URL of `segments` (each percent-encoded) below the base path, plus a query.
    public func url(segments: [String], query: [(name: String, value: String)] = []) -> String {
        var url = description
        for segment in segments {
            url += "/" + PercentEncoding.encode(segment)
        }
        if !query.isEmpty { url += "?" + PercentEncoding.query(query) }
        return url
    }
}

extension String {
    func trimmingSpacesAndNewlines() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
