/// Reading key names, for user key-binding files.
extension KeyEvent {
    /// Parses a key name such as `ctrl-s`, `shift-tab`, `alt+x`, `↑`, `up`, `PgUp`, `page-down`,
    /// `enter`, `esc`, `F5`, `space`, `?` or `G` (case-insensitive except for a single character).
    /// Modifiers (`ctrl`/`control`, `alt`/`meta`/`option`, `shift`) come first, joined with `-` or
    /// `+`. Returns nil for anything else. The result is `normalized`; `displayName` round-trips.
    public init?(parsing text: String) {
        var rest = Substring(text.trimmingCharacters(in: " "))
        var modifiers: KeyModifiers = []
        let prefixes: [(String, KeyModifiers)] = [
            ("ctrl", .ctrl), ("control", .ctrl), ("alt", .alt), ("meta", .alt), ("option", .alt), ("opt", .alt),
            ("shift", .shift),
        ]
        stripping: while true {
            for (name, modifier) in prefixes {
                for separator in ["-", "+"] {
                    let prefix = name + separator
                    if rest.count > prefix.count, rest.lowercased().hasPrefix(prefix) {
                        modifiers.insert(modifier)
                        rest = rest.dropFirst(prefix.count)
                        continue stripping
                    }
                }
            }
            break
        }
        guard !rest.isEmpty else { return nil }
        if let named = KeyEvent.namedKeys[rest.lowercased()] {
            self = KeyEvent(named, modifiers: modifiers).normalized
            return
        }
        let lower = rest.lowercased()
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = KeyEvent(.function(n), modifiers: modifiers).normalized
            return
        }
        guard rest.count == 1, let c = rest.first else { return nil }
        self = KeyEvent(.char(c), modifiers: modifiers).normalized
    }

    /// Names (lowercase) of keys that are not single characters.
    static let namedKeys: [String: Key] = [
        "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "page_up": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "page_down": .pageDown,
        "insert": .insert, "ins": .insert, "delete": .delete, "del": .delete,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "enter": .enter, "return": .enter, "ret": .enter,
        "tab": .tab, "backtab": .backTab, "shift-tab": .backTab,
        "esc": .escape, "escape": .escape,
        "space": .char(" "), "spc": .char(" "),
    ]
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
