/// ISO 8601 formatting and parsing in UTC, by calendar arithmetic.
///
/// Foundation's formatters are slow to create and locale-sensitive; the generator formats
/// millions of timestamps, and the validation needs exact control of what is accepted.
enum ISOTime {
    /// `2026-05-04T07:30:00.000Z`.
    static func format(_ seconds: Int64) -> String {
        let days = floorDiv(seconds, 86_400)
        let secs = seconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(Int(secs / 3600), 2)):\(pad(Int(secs % 3600 / 60), 2)):\(pad(Int(secs % 60), 2)).000Z"
    }

    /// `2026-05-04`.
    static func formatDate(_ seconds: Int64) -> String {
        let (y, m, d) = civil(fromDays: floorDiv(seconds, 86_400))
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Seconds since 1970 for an ISO 8601 date (`2026-05-04`) or date-time
    /// (`2026-05-04T07:30:00Z`, fractional seconds and `±hh:mm` / `±hhmm` offsets allowed),
    /// or nil when the text is not one.
    static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard (48...57).contains(c) else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(45), let mo = digits(2), expect(45), let d = digits(2) else { return nil }
        guard (1...12).contains(mo), (1...daysIn(month: mo, year: y)).contains(d) else { return nil }
        var seconds = days(fromCivil: y, mo, d) * 86_400
        if i == b.count { return seconds }
        guard expect(84) || expect(116) else { return nil }  // T or t
        guard let h = digits(2), expect(58), let mi = digits(2) else { return nil }
        var s = 0
        if expect(58) { guard let sv = digits(2) else { return nil }; s = sv }
        guard h <= 23, mi <= 59, s <= 60 else { return nil }
        if expect(46) || expect(44) {  // . or , fraction
            let start = i
            while i < b.count, (48...57).contains(b[i]) { i += 1 }
            guard i > start else { return nil }
        }
        seconds += Int64(h * 3600 + mi * 60 + s)
        guard i < b.count else { return nil }  // a zone designator is required for a date-time
        if expect(90) || expect(122) { return i == b.count ? seconds : nil }  // Z or z
        let sign: Int64
        if expect(43) { sign = 1 } else if expect(45) { sign = -1 } else { return nil }
        guard let oh = digits(2) else { return nil }
        _ = expect(58)
        guard let om = digits(2), oh <= 23, om <= 59, i == b.count else { return nil }
        return seconds - sign * Int64(oh * 3600 + om * 60)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = Int64(m <= 2 ? y0 - 1 : y0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((m + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}
