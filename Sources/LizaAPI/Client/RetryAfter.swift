/// Reads a `Retry-After` header: delta-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`, also the obsolete RFC 850 and asctime forms).
///
/// The header comes from a server, so every number in it is range-checked: nothing here can
/// overflow, whatever the digits.
public enum RetryAfter {
    /// The longest wait a header can ask for (a day); longer requests are capped to it. liza
    /// never waits that long anyway: a wait beyond `RetryPolicy.maxRetryAfter` or the time
    /// left for the call fails with a rate-limit error.
    public static let maximum: Double = 86_400

    /// Seconds to wait from `now` (Unix time, seconds), in `0…maximum`; a date in the past gives
    /// 0; nil when the header is absent or unreadable (negative, fractional, garbage), so the
    /// caller falls back to its own backoff.
    public static func seconds(from header: String?, now: Double) -> Double? {
        guard let text = header?.trimmingSpacesAndNewlines(), !text.isEmpty else { return nil }
        if text.allSatisfy(\.isASCIIDigit) {
            // More than 9 digits is more than a day anyway; counting first keeps `Int(_:)` safe.
            guard text.count <= 9, let value = Int(text) else { return maximum }
            return min(Double(value), maximum)
        }
        guard let date = httpDate(text), now.isFinite else { return nil }
        let wait = date - now
        guard !wait.isNaN else { return nil }
        return min(maximum, max(0, wait))
    }

    /// Unix time of an HTTP-date (RFC 9110 §5.6.7), or nil. A year after 9999 (which no
    /// calendar arithmetic here should attempt) gives `+infinity`: "far in the future".
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
                let parts = token.split(separator: ":").compactMap { $0.count <= 2 ? Int($0) : nil }
                guard parts.count == 3 else { return nil }
                time = parts
            } else if let m = months.firstIndex(of: token.lowercased()) {
                month = m + 1
            } else if token.allSatisfy(\.isASCIIDigit), !token.isEmpty {
                // A year of more than 18 digits does not fit an Int: it is far in the future all the same.
                numbers.append(token.count <= 18 ? Int(token) ?? Int.max : Int.max)
            } else if token.uppercased() != "GMT" && token.uppercased() != "UTC" {
                return nil
            }
        }
        guard numbers.count == 2, let m = month, let t = time else { return nil }
        let d = numbers[0]
        var y = numbers[1]
        guard (1...31).contains(d), (0...23).contains(t[0]), (0...59).contains(t[1]), (0...60).contains(t[2]) else { return nil }
        if y < 100 { y += y < 70 ? 2000 : 1900 } // RFC 850 two-digit years
        guard y <= 9999 else { return .infinity }
        // With 1 ≤ year ≤ 9999 every product below stays far inside Int.
        let days = ISO8601Timestamp.daysFromCivil(year: y, month: m, day: d)
        return Double(days * 86_400 + t[0] * 3600 + t[1] * 60 + t[2])
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
