/// Finds the line of a key in TOML text, so that errors found after parsing (unknown role, bad
/// colour) can point at a line. TOMLKit only reports positions for syntax errors.
///
/// It understands what theme files use: `[table]` and `[a.b]` headers, `key = value` lines, dotted
/// and quoted keys, and single-line inline tables (`primary = { fg = "red" }`). A key inside an
/// inline table is reported at the line of the table's key.
struct ThemeSourceMap {
    private var keyLines: [[String]: Int] = [:]
    private var tableLines: [[String]: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = ThemeSourceMap.stripComment(String(rawLine)).trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                var header = line
                while header.hasPrefix("[") { header.removeFirst() }
                while header.hasSuffix("]") { header.removeLast() }
                table = ThemeSourceMap.splitKey(header)
                if tableLines[table] == nil { tableLines[table] = lineNumber }
                continue
            }
            guard let eq = ThemeSourceMap.firstUnquoted("=", in: line) else { continue }
            let path = table + ThemeSourceMap.splitKey(String(line[..<eq]))
            if keyLines[path] == nil { keyLines[path] = lineNumber }
            // Keys of a one-line inline table belong to this line too.
            let value = String(line[line.index(after: eq)...]).trimmingSpaces()
            if value.hasPrefix("{") {
                for part in ThemeSourceMap.inlineKeys(value) where keyLines[path + part] == nil {
                    keyLines[path + part] = lineNumber
                }
            }
        }
    }

    /// The line of `path` (e.g. `["roles", "primary", "fg"]`), falling back to its nearest
    /// enclosing key or table.
    func line(of path: [String]) -> Int? {
        var p = path
        while !p.isEmpty {
            if let l = keyLines[p] ?? tableLines[p] { return l }
            p.removeLast()
        }
        return nil
    }

    private static func stripComment(_ line: String) -> String {
        guard let i = firstUnquoted("#", in: line) else { return line }
        return String(line[..<i])
    }

    /// The index of the first `target` outside a quoted string.
    private static func firstUnquoted(_ target: Character, in s: String) -> String.Index? {
        var quote: Character?
        var escaped = false
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == target {
                return i
            }
            i = s.index(after: i)
        }
        return nil
    }

    /// `a.b."c.d"` → `["a", "b", "c.d"]`.
    static func splitKey(_ key: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingSpaces())
        return parts
    }

    /// The keys of a one-line inline table `{ fg = "red", bold = true }` (top level only).
    private static func inlineKeys(_ value: String) -> [[String]] {
        var body = Substring(value)
        body.removeFirst()
        if let close = body.lastIndex(of: "}") { body = body[..<close] }
        var keys: [[String]] = []
        var segment = ""
        var quote: Character?
        var depth = 0
        func flush() {
            if let eq = firstUnquoted("=", in: segment) { keys.append(splitKey(String(segment[..<eq]))) }
            segment = ""
        }
        for c in body {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" || c == "[" {
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
            } else if c == "," && depth == 0 {
                flush()
                continue
            }
            segment.append(c)
        }
        flush()
        return keys
    }
}
