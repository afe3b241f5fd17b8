import Foundation

/// Natural order of cell texts, as people read ids and numbers: `ct-9997` before `ct-10000`,
/// `2` before `10`, `-3` before `1.5`. Two plain numbers compare by value; otherwise texts are
/// compared case-insensitively piece by piece, a run of digits by its value (leading zeros
/// ignored, then fewer leading zeros first so the order is total). Empty cells go last.
enum NaturalOrder {
    /// Negative when `x` comes first, zero when equal in this order, positive otherwise.
    static func compare(_ x: String, _ y: String) -> Int {
        if x.isEmpty || y.isEmpty { return x.isEmpty == y.isEmpty ? 0 : (x.isEmpty ? 1 : -1) }
        if let a = number(x), let b = number(y), a != b { return a < b ? -1 : 1 }
        let order = pieces(Array(x.lowercased().unicodeScalars), Array(y.lowercased().unicodeScalars))
        if order != 0 { return order }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// A plain decimal number (`-12`, `3.50`, `1e3`), at most 40 characters (a 60-digit id stays
    /// text), finite.
    static func number(_ text: String) -> Double? {
        guard text.utf8.count <= 40, let first = text.utf8.first,
              first == UInt8(ascii: "-") || (first >= 48 && first <= 57),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private static func pieces(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                let (ra, ni) = run(a, from: i), (rb, nj) = run(b, from: j)
                if ra.count != rb.count { return ra.count < rb.count ? -1 : 1 }
                for (p, q) in zip(ra, rb) where p != q { return p.value < q.value ? -1 : 1 }
                let za = (ni - i) - ra.count, zb = (nj - j) - rb.count
                if za != zb { return za < zb ? -1 : 1 }
                i = ni; j = nj
            } else {
                if a[i] != b[j] { return a[i].value < b[j].value ? -1 : 1 }
                i += 1; j += 1
            }
        }
        if i < a.count { return 1 }
        if j < b.count { return -1 }
        return 0
    }

    /// The significant digits of the digit run starting at `start` (no leading zeros; "0" for
    /// zeros only) and where the run ends.
    private static func run(_ s: [Unicode.Scalar], from start: Int) -> ([Unicode.Scalar], Int) {
        var end = start
        while end < s.count && isDigit(s[end]) { end += 1 }
        var first = start
        while first < end - 1 && s[first] == "0" { first += 1 }
        return (Array(s[first..<end]), end)
    }
}
