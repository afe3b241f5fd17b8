/// Which `Host` header values the listener accepts: loopback names only, so a page on another
/// origin cannot reach it through DNS rebinding.
enum LoopbackHost {
    static func isLoopback(_ host: String?) -> Bool {
        guard var h = host?.lowercased(), !h.isEmpty else { return false }
        if h.hasPrefix("[") {
            guard let close = h.firstIndex(of: "]") else { return false }
            let rest = h[h.index(after: close)...]
            guard rest.isEmpty || isPort(rest.dropFirst()) && rest.first == ":" else { return false }
            return h[h.index(after: h.startIndex)..<close] == "::1"
        }
        if let colon = h.lastIndex(of: ":") {
            guard isPort(h[h.index(after: colon)...]) else { return false }
            h = String(h[..<colon])
        }
        return h == "127.0.0.1" || h == "localhost"
    }

    private static func isPort(_ s: Substring) -> Bool {
        !s.isEmpty && s.count <= 5 && s.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
