/// How keys are named for people: hint bars, help screens, key-binding files.
extension KeyEvent {
    /// The canonical form of a key, so that equivalent presses compare equal:
    /// shift-tab is `.backTab` (no modifier); a ctrl-letter is lowercase (terminals cannot tell
    /// ctrl-S from ctrl-s); a shifted letter is its capital (`shift-g` is `G`); shift on any other
    /// character is dropped (the character is already the shifted one).
    public var normalized: KeyEvent {
        var k = self
        switch key {
        case .tab where modifiers.contains(.shift):
            k.key = .backTab
            k.modifiers.remove(.shift)
        case .backTab:
            k.modifiers.remove(.shift)
        case .char(let c):
            if c.isLetter && c.isCased {
                // Case mapping can yield several characters ("ß" → "SS"); keep the key as it is then.
                let mapped = modifiers.contains(.ctrl) ? c.lowercased() : modifiers.contains(.shift) ? c.uppercased() : String(c)
                if mapped.count == 1, let m = mapped.first { k.key = .char(m) }
            }
            k.modifiers.remove(.shift)
        default:
            break
        }
        return k
    }

    /// The key as people write it: `ctrl-c`, `shift-tab`, `↑`, `enter`, `esc`, `PgUp`, `F5`,
    /// `alt-x`, `?`, `space`. `KeyEvent(parsing:)` reads it back.
    public var displayName: String {
        let k = normalized
        var parts: [String] = []
        if k.modifiers.contains(.ctrl) { parts.append("ctrl") }
        if k.modifiers.contains(.alt) { parts.append("alt") }
        if k.modifiers.contains(.shift) { parts.append("shift") }
        parts.append(KeyEvent.name(of: k.key))
        return parts.joined(separator: "-")
    }

    /// The name of a key without modifiers.
    static func name(of key: Key) -> String {
        switch key {
        case .char(let c):
            if c == " " { return "space" }
            let clean = Sanitizer.sanitize(String(c))
            if clean != String(c) || DisplayWidth.of(c) == 0 {
                // A control or invisible character: name it by code point.
                return c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
                    .joined(separator: " ")
            }
            return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "insert"
        case .delete: return "delete"
        case .backspace: return "backspace"
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .escape: return "esc"
        case .function(let n): return "F\(n)"
        }
    }
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}
