/// Reads a `Retry-After` header: delta-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`, also the obsolete RFC 850 and asctime forms).
public enum RetryAfter {
    /// Seconds to wait from `now` (Unix time, seconds); a date in the past gives 0; nil when
    /// the header is absent or unreadable.
    public static func seconds(from header: String?, now: Double) -> Double? {
        guard let text = header?.trimmingSpacesAndNewlines(), !text.isEmpty else { return nil }
        if text.allSatisfy(\.isASCIIDigit) {
            // Absurd values are clamped rather than overflowing.
            return Double(text.count > 9 ? 999_999_999 : Int(text) ?? 0)
        }
        guard let date = httpDate(text) else { return nil }
        return max(0, date - now)
    }

    /// Unix time of an HTTP-date (RFC 9110 §5.6.7), or nil.
    public static func httpDate(_ text: String) -> Double? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        // Normalize separators so the three forms split into the same kinds of tokens.
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        // In all three forms the first plain number is the day and the second the year.
        var numbers: [Int] = []
        var month: Int?
        var time: [Int]?
        for token in tokens.dropFirst() {
            if token.contains(":") {
                let parts = token.split(separator: ":").compactMap { Int($0) }
                guard parts.count == 3 else { return nil }
                time = parts
            } else if let m = months.firstIndex(of: token.lowercased()) {
                month = m + 1
            } else if let n = Int(token) {
                numbers.append(n)
            } else if token.uppercased() != "GMT" && token.uppercased() != "UTC" {
                return nil
            }
        }
        guard numbers.count == 2, let m = month, let t = time else { return nil }
        let d = numbers[0]
        var y = numbers[1]
        guard (1...31).contains(d), (0...23).contains(t[0]), (0...59).contains(t[1]), (0...60).contains(t[2]) else { return nil }
        if y < 100 { y += y < 70 ? 2000 : 1900 } // RFC 850 two-digit years
        let days = ISO8601Timestamp.daysFromCivil(year: y, month: m, day: d)
        return Double(days * 86_400 + t[0] * 3600 + t[1] * 60 + t[2])
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
