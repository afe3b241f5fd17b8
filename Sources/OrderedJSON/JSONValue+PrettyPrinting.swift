extension JSONValue {
    /// Indented JSON text: one member or element per line, keys in order, `"key": value`,
    /// empty containers as `[]` / `{}`, no trailing newline. Numbers keep their literal text.
    public func prettyPrinted(indent: Int = 2) -> String {
        var out = ""
        writePretty(to: &out, level: 0, unit: String(repeating: " ", count: max(0, indent)))
        return out
    }

    private func writePretty(to out: inout String, level: Int, unit: String) {
        switch self {
        case .null, .bool, .number, .string:
            out += serialized()
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                JSONValue.writeIndent(level + 1, unit: unit, to: &out)
                item.writePretty(to: &out, level: level + 1, unit: unit)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            JSONValue.writeIndent(level, unit: unit, to: &out)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                JSONValue.writeIndent(level + 1, unit: unit, to: &out)
                JSONValue.writeEscaped(pair.key, to: &out)
                out += ": "
                pair.value.writePretty(to: &out, level: level + 1, unit: unit)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            JSONValue.writeIndent(level, unit: unit, to: &out)
            out += "}"
        }
    }

    private static func writeIndent(_ level: Int, unit: String, to out: inout String) {
        for _ in 0..<level { out += unit }
    }
}
