/// Checks and normalizes `updated_gte` values.
///
/// Accepts a date (`2026-01-31`, meaning midnight UTC) or a timestamp with `Z` or an offset
/// (`2026-01-31T12:00:00Z`, `2026-01-31T13:00:00+01:00`, `…T12:00Z`, fractional seconds,
/// lowercase `t`/`z`, a space instead of `T`). The normalized form is UTC with a `Z`,
/// `YYYY-MM-DDTHH:MM:SS[.fff]Z`, which is what Unified documents for `updated_gte`.
/// A timestamp without a zone is rejected: its meaning depends on the reader's clock.
public enum ISO8601Timestamp {
    /// The UTC form of `text`, or nil when it is not an ISO 8601 date or zoned timestamp.
    public static func normalize(_ text: String) -> String? {
        let chars = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= chars.count else { return nil }
            var value = 0
            for k in 0..<digits {
                let c = chars[i + k]
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            i += digits
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        if i == chars.count {
            return format(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, fraction: "")
        }
        guard i < chars.count, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(chars[i]) else { return nil }
        i += 1
        guard let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        var fraction = ""
        if expect(UInt8(ascii: ":")) {
            guard let s = number(2), s < 60 else { return nil }
            second = s
            if i < chars.count, chars[i] == UInt8(ascii: ".") || chars[i] == UInt8(ascii: ",") {
                i += 1
                let start = i
                while i < chars.count, chars[i] >= 48, chars[i] <= 57 { i += 1 }
                guard i > start else { return nil }
                fraction = "." + String(decoding: chars[start..<i], as: UTF8.self)
            }
        }
        // The zone: Z, ±HH:MM, ±HHMM or ±HH.
        guard i < chars.count else { return nil }
        var offsetMinutes = 0
        if chars[i] == UInt8(ascii: "Z") || chars[i] == UInt8(ascii: "z") {
            i += 1
        } else if chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") {
            let sign = chars[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let oh = number(2), oh <= 23 else { return nil }
            var om = 0
            if i < chars.count {
                _ = expect(UInt8(ascii: ":"))
                guard let m = number(2), m < 60 else { return nil }
                om = m
            }
            offsetMinutes = sign * (oh * 60 + om)
        } else {
            return nil
        }
        guard i == chars.count else { return nil }
        let local = (daysFromCivil(year: year, month: month, day: day) * 86_400) + hour * 3600 + minute * 60 + second
        let utc = local - offsetMinutes * 60
        let days = utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400
        let secondsOfDay = utc - days * 86_400
        let (y, m, d) = civilFromDays(days)
        guard (0...9999).contains(y) else { return nil }
        return format(year: y, month: m, day: d, hour: secondsOfDay / 3600, minute: secondsOfDay % 3600 / 60,
                      second: secondsOfDay % 60, fraction: fraction)
    }

    private static func format(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, fraction: String) -> String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))\(fraction)Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01 (inverse of `daysFromCivil`).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
