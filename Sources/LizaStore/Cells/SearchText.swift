/// The text a filter is matched against: a record's column texts, one line, lowercased.
enum SearchText {
    /// The non-empty `texts` joined with U+001F (a separator no filter contains), lowercased —
    /// over bytes when the text is ASCII, as nearly every id, name, e-mail and date is
    /// (`String.lowercased()` was 5 % of the TUI's CPU during a full sync); by Unicode's rules
    /// otherwise. Both give what `lowercased()` gives, which is what a filter's text goes through.
    static func make(_ texts: [String]) -> String {
        var bytes: [UInt8] = []
        for text in texts where !text.isEmpty {
            if !bytes.isEmpty { bytes.append(0x1F) }
            let start = bytes.count
            var ascii = true
            for byte in text.utf8 {
                if byte >= 0x80 { ascii = false }
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            if !ascii {
                // Unicode's rules for this text alone: lowercasing maps scalar by scalar, so
                // text by text gives what the joined line would.
                bytes.removeSubrange(start...)
                bytes.append(contentsOf: text.lowercased().utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
