/// A `NO_PROXY` value, matched as curl matches it.
///
/// A comma-separated list (spaces around entries ignored, case-insensitive):
/// - `*` alone: no host uses a proxy;
/// - a domain, with or without a leading dot: that host and every host below it
///   (`example.com` and `.example.com` both match `example.com` and `api.example.com`, not
///   `badexample.com`);
/// - an IP literal (`127.0.0.1`, `::1`, `[::1]`): that address; with `/bits`, a CIDR range;
/// - any of these with `:port`: only requests to that port.
/// Nothing is implicit: as in curl, loopback goes through the proxy unless listed here.
public struct NoProxyList: Hashable, Sendable {
    /// One entry of the list.
    public struct Entry: Hashable, Sendable {
        public enum Pattern: Hashable, Sendable {
            case everything
            /// Lowercased, without a leading or trailing dot.
            case domain(String)
            /// 4 or 16 bytes, and how many leading bits must match.
            case address([UInt8], prefixLength: Int)
        }
        public var pattern: Pattern
        public var port: Int?
        /// The entry as written (for "why" messages).
        public var text: String
    }

    public var entries: [Entry]

    public init(_ value: String) {
        entries = value.split(separator: ",").compactMap { Self.entry(String($0).trimmingSpacesAndNewlines()) }
    }

    /// The first entry matching `host` (without IPv6 brackets) and `port`, or nil.
    public func match(host: String, port: Int) -> Entry? {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        while name.hasSuffix(".") { name.removeLast() }
        let address = IPAddressBytes.parse(name)
        return entries.first { entry in
            if let p = entry.port, p != port { return false }
            switch entry.pattern {
            case .everything:
                return true
            case .domain(let domain):
                guard address == nil else { return name == domain }
                return name == domain || name.hasSuffix("." + domain)
            case .address(let bytes, let prefixLength):
                guard let address, address.count == bytes.count else { return false }
                return IPAddressBytes.samePrefix(address, bytes, bits: prefixLength)
            }
        }
    }

    static func entry(_ text: String) -> Entry? {
        guard !text.isEmpty else { return nil }
        if text == "*" { return Entry(pattern: .everything, port: nil, text: text) }
        var body = Substring(text.lowercased())
        var port: Int?
        // Split off ":port": "[v6]:port", "host:port"; a bare IPv6 literal has several colons.
        if body.hasPrefix("["), let close = body.firstIndex(of: "]") {
            let after = body[body.index(after: close)...]
            if after.hasPrefix(":"), let p = Int(after.dropFirst()), (1...65_535).contains(p) { port = p }
            body = body[body.index(after: body.startIndex)..<close]
        } else if body.filter({ $0 == ":" }).count == 1, let colon = body.firstIndex(of: ":") {
            guard let p = Int(body[body.index(after: colon)...]), (1...65_535).contains(p) else { return nil }
            port = p
            body = body[..<colon]
        }
        // "10.0.0.0/8", "::1/128".
        var prefixLength: Int?
        if let slash = body.firstIndex(of: "/") {
            guard let bits = Int(body[body.index(after: slash)...]) else { return nil }
            prefixLength = bits
            body = body[..<slash]
        }
        if let bytes = IPAddressBytes.parse(String(body)) {
            let bits = prefixLength ?? bytes.count * 8
            guard (0...bytes.count * 8).contains(bits) else { return nil }
            return Entry(pattern: .address(bytes, prefixLength: bits), port: port, text: text)
        }
        guard prefixLength == nil else { return nil }
        while body.hasPrefix(".") { body = body.dropFirst() }
        while body.hasSuffix(".") { body = body.dropLast() }
        guard !body.isEmpty else { return nil }
        return Entry(pattern: .domain(String(body)), port: port, text: text)
    }
}
