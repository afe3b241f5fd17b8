/// Minimal query-string reading for redirect and authorization URLs (no Foundation URL, whose
/// parsing differs between platforms and rejects some real-world addresses).
public enum URLQuery {
    /// The query of `url` (between `?` and `#`), nil when it has none.
    public static func query(of url: String) -> String? {
        let beforeFragment = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let mark = beforeFragment.firstIndex(of: "?") else { return nil }
        return String(beforeFragment[beforeFragment.index(after: mark)...])
    }

    /// The first value of `name` in `url`'s query, percent-decoded.
    public static func value(_ name: String, in url: String) -> String? {
        guard let query = query(of: url) else { return nil }
        return pairs(query).first { $0.0 == name }?.1
    }

    /// `a=1&b=x%20y` as decoded pairs, in order; `+` is a space (form encoding).
    public static func pairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(String(kv[0]))
            return (key, kv.count > 1 ? decode(String(kv[1])) : "")
        }
    }

    /// Percent-decodes `text` (`+` as space); malformed escapes are kept as they are.
    public static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var k = 0
        while k < utf8.count {
            let b = utf8[k]
            if b == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " ")); k += 1
            } else if b == UInt8(ascii: "%"), k + 2 < utf8.count, let hi = hex(utf8[k + 1]), let lo = hex(utf8[k + 2]) {
                bytes.append(hi << 4 | lo); k += 3
            } else {
                bytes.append(b); k += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
