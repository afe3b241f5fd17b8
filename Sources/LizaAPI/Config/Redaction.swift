/// Showing secrets without revealing them.
public enum Redaction {
    /// What replaces the token wherever a server echoes it back (`Bearer ***`).
    public static let marker = "***"

    /// Bodies are scanned for secrets at least this long: a real token (`liza_mcp_…`) is far
    /// longer, and a word like `demo` (the sandbox's token) would otherwise be cut out of data.
    public static let minimumBodySecretLength = 8

    /// `…` and the token's last 4 characters (`…a1b2`), enough to tell tokens apart.
    ///
    /// Short tokens reveal less (a quarter of their length, at most 4), so that a 4-character
    /// token is never shown whole; an empty token is just `…`.
    public static func redactedToken(_ token: String) -> String {
        let shown = min(4, token.count / 4)
        return "…" + token.suffix(shown)
    }

    /// `bytes` with every occurrence of `secret` replaced by `marker`, for response bodies a
    /// server may have laced with the caller's token (an error page quoting the request, a
    /// passthrough that echoes headers). Unchanged when `secret` is shorter than
    /// `minimumBodySecretLength` or absent.
    public static func redact(_ bytes: [UInt8], secret: String) -> [UInt8] {
        let needle = Array(secret.utf8)
        guard needle.count >= minimumBodySecretLength, bytes.count >= needle.count, let first = needle.first else { return bytes }
        let marker = Array(Self.marker.utf8)
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                if out.isEmpty { out.reserveCapacity(bytes.count) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: marker)
                i += needle.count
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return bytes }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// `text` with every occurrence of each non-empty secret replaced by `marker`.
    public static func redact(_ text: String, secrets: [String]) -> String {
        var out = text
        for secret in secrets where !secret.isEmpty {
            out = out.replacingAll(secret, with: marker)
        }
        return out
    }
}
