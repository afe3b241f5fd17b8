/// Word boundaries for the text editing states (readline conventions).
enum WordMotion {
    /// Letters, digits and `_` make words for alt-b/alt-f/ctrl-arrows.
    static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Start of the word before `i` (alt-b): skip separators, then word characters.
    static func wordStart(before i: Int, in chars: [Character]) -> Int {
        var j = min(i, chars.count)
        while j > 0, !isWord(chars[j - 1]) { j -= 1 }
        while j > 0, isWord(chars[j - 1]) { j -= 1 }
        return j
    }

    /// End of the word at or after `i` (alt-f): skip separators, then word characters.
    static func wordEnd(after i: Int, in chars: [Character]) -> Int {
        var j = max(0, i)
        while j < chars.count, !isWord(chars[j]) { j += 1 }
        while j < chars.count, isWord(chars[j]) { j += 1 }
        return j
    }

    /// Start of the whitespace-separated word before `i` (ctrl-w, as in a shell).
    static func bigWordStart(before i: Int, in chars: [Character]) -> Int {
        var j = min(i, chars.count)
        while j > 0, chars[j - 1].isWhitespace { j -= 1 }
        while j > 0, !chars[j - 1].isWhitespace { j -= 1 }
        return j
    }

    /// True for a printable character typed as text (no ctrl/alt, not a control character).
    static func insertable(_ key: KeyEvent) -> Character? {
        guard case .char(let c) = key.key, key.modifiers.isSubset(of: .shift) else { return nil }
        if c.isNewline { return nil }
        if c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return nil }
        return c
    }
}
