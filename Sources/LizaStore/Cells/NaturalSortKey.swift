/// The stored sort key of a cell, so that SQLite's plain comparison gives natural order.
///
/// - A cell that is a number (a JSON number, or text that is one plain decimal number) is
///   stored as a REAL: SQLite compares those numerically and puts them before any text.
/// - Other text is lowercased and every run of digits is replaced by its length (two digits)
///   followed by the digits without leading zeros, so `ct-9997` (`ct-049997`) comes before
///   `ct-10000` (`ct-0510000`). The length prefix starts with `0`, so a number still sorts
///   before letters, as in the raw text.
/// - An empty cell is NULL, which SQLite sorts first (ascending).
public enum NaturalSortKey {
    public static func key(_ text: String) -> SQLiteValue {
        if text.isEmpty { return .null }
        if let number = plainNumber(text) { return .real(number) }
        return .text(textKey(text))
    }

    /// The digit-run form of `text` (lowercased).
    public static func textKey(_ text: String) -> String {
        asciiTextKey(text) ?? scalarTextKey(text)
    }

    /// `textKey` over bytes for ASCII text (nearly every id, name and date): the same result as
    /// the scalar walk, which cost a full sync more than SQLite's inserts. Written straight into
    /// the new string's storage (none for a short key); nil when the text is not ASCII.
    static func asciiTextKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // A digit run of n grows by at most 2 (its length); runs are at least 1 byte apart.
            return String(unsafeUninitializedCapacity: bytes.count * 3 + 2) { out in
                var n = 0
                var digitsStart = -1
                func flush(_ end: Int) {
                    guard digitsStart >= 0 else { return }
                    var first = digitsStart
                    while first < end - 1, bytes[first] == UInt8(ascii: "0") { first += 1 }
                    let length = min(end - first, 99)
                    out[n] = UInt8(ascii: "0") + UInt8(length / 10)
                    out[n + 1] = UInt8(ascii: "0") + UInt8(length % 10)
                    n += 2
                    for i in first..<end {
                        out[n] = bytes[i]
                        n += 1
                    }
                    digitsStart = -1
                }
                for i in 0..<bytes.count {
                    let byte = bytes[i]
                    if byte >= 48 && byte <= 57 {
                        if digitsStart < 0 { digitsStart = i }
                    } else {
                        flush(i)
                        out[n] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        n += 1
                    }
                }
                flush(bytes.count)
                return n
            }
        }
    }

    /// `textKey` for any text, scalar by scalar.
    static func scalarTextKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var digits: [Unicode.Scalar] = []
        func flush() {
            guard !digits.isEmpty else { return }
            let significant = digits.drop { $0 == "0" }
            let run = significant.isEmpty ? ["0"] : Array(significant)
            let length = min(run.count, 99)
            out.append(contentsOf: (length < 10 ? "0\(length)" : "\(length)").unicodeScalars)
            out.append(contentsOf: run)
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value >= 48 && scalar.value <= 57 {
                digits.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// `-12`, `3.50`, `1e3`: one decimal number and nothing else (no spaces, no `inf`/`nan`,
    /// no hex); at most 40 characters so an id of 60 digits stays text.
    static func plainNumber(_ text: String) -> Double? {
        guard text.utf8.count <= 40, let first = text.utf8.first,
              first == UInt8(ascii: "-") || (first >= 48 && first <= 57),
              text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
                  || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
              let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}
