import OrderedJSON

/// Turns some records into the kind of data that breaks naive terminal programs.
///
/// Every third record (by index) gets one variant, chosen by (seed, object, index), so a
/// hostile sandbox still serves mostly normal data and the same records are hostile every run.
enum HostileStrings {
    /// The hostile texts, each a realistic attack or edge case for a terminal UI.
    static let texts: [String] = [
        "\u{1B}[2J\u{1B}[H\u{1B}[31mCLEARED SCREEN\u{1B}[0m",                         // erase display, home, colour
        "\u{1B}]52;c;cm0gLXJmIH4vKg==\u{07}Clipboard Writer",                            // OSC 52: write the clipboard
        "\u{1B}]8;;https://evil.example/phish\u{1B}\\Totally Legit Link\u{1B}]8;;\u{1B}\\", // OSC 8 hyperlink
        "Bell\u{07}\u{07}\u{07} Ringer",                                                  // BEL
        "Invoice \u{202E}fdp.exe\u{202C} final",                                           // right-to-left override
        "Zero\u{200B}Width\u{200C}Join\u{200D}er\u{2060}\u{FEFF}",                         // zero-width characters
        "山田太郎（株式会社テスト）— 東京都千代田区",                                            // CJK, double width
        "👩‍👩‍👧‍👦 Family 🏳️‍🌈 Team 👨🏽‍💻",                                                     // emoji ZWJ sequences
        "Tab\there\rCarriage\nNewline\u{08}Backspace\u{7F}Del\u{9B}CSI",                   // C0/C1 controls
        "e\u{301}\u{301}\u{301}\u{301}\u{301} Zalgo t\u{336}e\u{336}x\u{336}t\u{336}",      // stacked combining marks
        String(repeating: "W", count: 10_000),                                             // 10,000 characters
        "\u{1B}[6n\u{1B}[21t\u{1B}P+q544e\u{1B}\\ Query Reporter",                        // terminal queries (DSR, title, DCS)
    ]

    /// The record, laced when its index is selected; other records are returned unchanged.
    static func lace(_ record: JSONValue, seed: UInt64, key: UInt64, index: Int) -> JSONValue {
        guard index % 3 == 0, case .object(var pairs) = record else { return record }
        var rng = SeededRandom(seed, key, UInt64(index), 0xBAD)
        let variant = (index / 3 + Int(seed % 5)) % (texts.count + 3)
        let textKeys = ["name", "subject", "message", "text", "filename", "memo", "description", "invoice_number"]
        guard let target = pairs.firstIndex(where: { textKeys.contains($0.key) && $0.value.stringValue != nil })
                ?? pairs.firstIndex(where: { $0.key != "id" && $0.value.stringValue != nil }) else { return record }
        switch variant {
        case texts.count:
            // Wrong types: a number where a string belongs, a string where an array belongs, nulls.
            pairs[target].value = .number(String(rng.int(1...99_999)))
            if let arr = pairs.firstIndex(where: { $0.value.arrayValue != nil }) { pairs[arr].value = .string("not-an-array") }
            if let other = pairs.lastIndex(where: { $0.key != "id" && $0.value.stringValue != nil && $0.key != pairs[target].key }) {
                pairs[other].value = .null
            }
        case texts.count + 1:
            // A nested object where a string belongs, and a boolean where a number belongs.
            pairs[target].value = JSONBuild.object([("first", JSONBuild.string("Nested")), ("last", JSONBuild.string("Object"))])
            if let num = pairs.firstIndex(where: { $0.value.doubleValue != nil }) { pairs[num].value = .bool(true) }
        case texts.count + 2:
            // Escape sequences hidden in the middle of an otherwise normal value, plus a 10k field.
            if let s = pairs[target].value.stringValue {
                pairs[target].value = .string(s + " \u{1B}[8mhidden\u{1B}[28m \u{1B}]0;pwned title\u{07}")
            }
            pairs.append((key: "notes", value: .string(String(repeating: "Lorem ipsum dolor sit amet. ", count: 360))))
        default:
            pairs[target].value = .string(texts[variant])
        }
        return .object(pairs)
    }
}
