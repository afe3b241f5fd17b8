import Foundation
import TUIKit
import LizaAPI
/// Shows ISO 8601 timestamps compactly (`2024-03-05 14:22`) without clocks or time zones, so
/// views stay pure and snapshots deterministic.
enum CompactDate {
    /// `YYYY-MM-DD HH:MM` for an ISO 8601 date-time (the zone is kept as sent, normally UTC);
    /// `nil` when `text` does not look like one.
    static func format(_ text: String) -> String? {
        let chars = Array(text.utf8)
        guard chars.count >= 16 else { return nil }
        func digit(_ i: Int) -> Bool { chars[i] >= 48 && chars[i] <= 57 }
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
        guard digitPositions.allSatisfy(digit), chars[4] == 45, chars[7] == 45,
              chars[10] == 84 || chars[10] == 116 || chars[10] == 32, chars[13] == 58 else { return nil }
        let s = Array(text)
        return String(s[0..<10]) + " " + String(s[11..<16])
    }

    /// True when `text` is an ISO 8601 date (`2024-03-05`) or date-time.
    static func isISO8601(_ text: String) -> Bool {
        if format(text) != nil { return true }
        let c = Array(text.utf8)
        guard c.count == 10 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { c[$0] >= 48 && c[$0] <= 57 }
        return digits && c[4] == 45 && c[7] == 45
    }
}
