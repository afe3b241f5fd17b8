import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host` header values the sandbox answers: only names of this machine's loopback
/// interface (`127.0.0.0/8`, `[::1]`, `localhost`), with or without a port.
///
/// Why: a web page can point a DNS name it controls at 127.0.0.1 ("DNS rebinding") and then talk
/// to a local server as if it were same-origin. The browser still sends the attacker's name in
/// `Host`, so refusing every other name (421 Misdirected Request) closes that door. A request
/// without `Host` (HTTP/1.0 tools) is not from a browser and is answered.
enum LoopbackHost {
    /// True when `value` (a `Host` header: `host[:port]`) names the loopback interface.
    static func isLoopback(_ value: String) -> Bool {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= 300 else { return false }
        let host: Substring
        let port: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return false }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            if rest.isEmpty {
                port = nil
            } else {
                guard rest.first == ":" else { return false }
                port = rest.dropFirst()
            }
            guard isPort(port) else { return false }
            return isIPv6Loopback(String(host))
        }
        if let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            host = Substring(text)
            port = nil
        }
        guard isPort(port) else { return false }
        let name = host.lowercased()
        if name == "localhost" || name == "localhost." { return true }
        return isIPv4Loopback(name)
    }

    /// Nil (no port), or 1–5 digits up to 65535.
    private static func isPort(_ text: Substring?) -> Bool {
        guard let text else { return true }
        guard (1...5).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else { return false }
        return n <= 65_535
    }

    /// A dotted-quad IPv4 address in 127.0.0.0/8 (inet_pton accepts only four decimal parts).
    private static func isIPv4Loopback(_ text: String) -> Bool {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return false }
        return UInt32(bigEndian: address.s_addr) >> 24 == 127
    }

    /// `::1` in any spelling inet_pton accepts (`0:0:0:0:0:0:0:1` too).
    private static func isIPv6Loopback(_ text: String) -> Bool {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return false }
        let bytes = withUnsafeBytes(of: address) { Array($0) }
        return bytes.count == 16 && bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1
    }
}
