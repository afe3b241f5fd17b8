/// Finds the line a key was written on in TOML text, for `file:line` warnings.
///
/// TOMLKit reports positions only for syntax errors, not for the keys of a parsed table, so
/// problems found while reading values (a wrong type, an unknown key) are located by scanning
/// the text: table headers (`[profiles.work]`) set the current table, and `key = …` lines
/// (dotted keys included) are matched against the wanted path. It is a best effort for
/// messages only; nil means "somewhere in the file".
struct TOMLLineLocator: Sendable {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where the table `path` is opened by a `[header]`, or nil.
    func lineOfTable(_ path: [String]) -> Int? {
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces()
            guard line.hasPrefix("["), !line.hasPrefix("[[") else { continue }
            if Self.headerPath(line) == path { return index + 1 }
        }
        return nil
    }

    /// The 1-based line where `key` is assigned inside the table `table`, or nil.
    func lineOfKey(_ key: String, inTable table: [String]) -> Int? {
        let wanted = table + [key]
        var current: [String] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingLeadingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                current = Self.headerPath(line) ?? []
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let keyPath = Self.splitKey(line[line.startIndex..<equals])
            if current + keyPath == wanted { return index + 1 }
            // An inline table `profiles = { work = { base_url = … } }` or a dotted prefix:
            // point at the line that starts the enclosing value.
            let full = current + keyPath
            if full.count < wanted.count, Array(wanted.prefix(full.count)) == full { return index + 1 }
        }
        return nil
    }

    /// `[a."b c".d]` → ["a", "b c", "d"].
    private static func headerPath(_ line: Substring) -> [String]? {
        guard let close = line.lastIndex(of: "]") else { return nil }
        let inner = line[line.index(after: line.startIndex)..<close]
        return splitKey(inner)
    }

    /// Splits a (possibly dotted, possibly quoted) key into its parts.
    private static func splitKey(_ key: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for ch in key {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "." {
                parts.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current.trimmingSpaces())
        return parts
    }
}

extension StringProtocol {
    fileprivate func trimmingLeadingSpaces() -> Substring {
        let s = Substring(self)
        return s.drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
    }

    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self).drop(while: { $0 == " " || $0 == "\t" })
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
