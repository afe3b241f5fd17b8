import Suggestions
import TOMLKit

/// What one theme file says: its name, description and the roles it sets. Roles it leaves out are
/// filled in from a base theme when it becomes a `Theme` (see `Theme.parse`).
///
/// The format:
/// ```toml
/// name = "nord"
/// description = "Arctic, north-bluish"
/// [roles]
/// primary   = { fg = "#88c0d0", bold = true }
/// selection = { fg = "black", bg = "#88c0d0" }
/// text      = "white"          # shorthand for { fg = "white" }
/// ```
/// Colours: `default` (the terminal's own), the 16 ANSI names (`red`, `bright-red`, `bright_red`,
/// `brightred`, `gray`), a palette index 0–255, or `#rrggbb` / `#rgb`. Attributes: `bold`, `dim`,
/// `italic`, `underline`, `reverse` (booleans). Role names are `ThemeRole` raw values
/// (`border_focused`; `border-focused` is accepted too). Unknown keys are errors, so a typo is
/// reported instead of silently ignored.
public struct ThemeDocument: Hashable, Sendable {
    /// The theme's display name, if the file sets one.
    public var name: String?
    /// One line about the theme, if the file sets one.
    public var description: String?
    /// The roles the file sets, and only those.
    public var styles: [ThemeRole: Style]

    public init(name: String? = nil, description: String? = nil, styles: [ThemeRole: Style] = [:]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// Parses theme TOML; `file` is only used in error messages.
    /// - Throws: the first problem in the file (by line).
    public static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeDocument {
        let result = check(text, file: file)
        if let first = result.errors.first { throw first }
        return result.document
    }

    /// Every problem in the file, ordered by line, and whatever could be read despite them.
    public static func check(_ text: String, file: String) -> (document: ThemeDocument, errors: [ThemeError]) {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            let error = ThemeError(kind: .syntax, file: file, line: e.source.begin.line,
                                   column: e.source.begin.column, reason: e.description)
            return (ThemeDocument(), [error])
        } catch {
            return (ThemeDocument(), [ThemeError(kind: .syntax, file: file, reason: "not valid TOML")])
        }
        var reader = Reader(file: file, map: ThemeSourceMap(text))
        let document = reader.read(root)
        let sorted = reader.errors.enumerated().sorted { a, b in
            (a.element.line ?? Int.max, a.offset) < (b.element.line ?? Int.max, b.offset)
        }.map(\.element)
        return (document, sorted)
    }

    /// Walks the parsed TOML, collecting problems instead of stopping at the first.
    private struct Reader {
        let file: String
        let map: ThemeSourceMap
        var errors: [ThemeError] = []

        mutating func fail(_ kind: ThemeError.Kind, _ path: [String], _ reason: String) {
            errors.append(ThemeError(kind: kind, file: file, line: map.line(of: path), reason: reason))
        }

        mutating func read(_ root: TOMLTable) -> ThemeDocument {
            var doc = ThemeDocument()
            for key in root.keys {
                guard let value = root[key] else { continue }
                switch key {
                case "name", "description":
                    guard let s = value.string else {
                        fail(.badType, [key], "'\(key)' must be a string, not \(value.type)")
                        continue
                    }
                    if key == "name" { doc.name = s } else { doc.description = s }
                case "roles":
                    guard let roles = value.table else {
                        fail(.badType, [key], "'roles' must be a table ([roles]), not \(value.type)")
                        continue
                    }
                    for roleKey in roles.keys {
                        guard let roleValue = roles[roleKey] else { continue }
                        guard let role = ThemeDocument.role(named: roleKey) else {
                            fail(.unknownRole, ["roles", roleKey],
                                 "unknown role '\(roleKey)'\(ThemeDocument.suggestion(for: roleKey))")
                            continue
                        }
                        if let style = readStyle(roleValue, role: roleKey) { doc.styles[role] = style }
                    }
                default:
                    fail(.unknownKey, [key], "unknown key '\(key)' (a theme has name, description and [roles])")
                }
            }
            return doc
        }

        mutating func readStyle(_ value: any TOMLValueConvertible, role: String) -> Style? {
            let path = ["roles", role]
            switch value.type {
            case .string, .int:
                guard let fg = readColor(value, path: path, what: "role '\(role)'") else { return nil }
                return Style(foreground: fg)
            case .table:
                guard let table = value.table else { return nil }
                var style = Style()
                var ok = true
                for key in table.keys {
                    guard let v = table[key] else { continue }
                    let attribute: TextAttributes
                    switch key {
                    case "fg", "bg":
                        guard let c = readColor(v, path: path + [key], what: "'\(key)' of role '\(role)'") else { ok = false; continue }
                        if key == "fg" { style.foreground = c } else { style.background = c }
                        continue
                    case "bold": attribute = .bold
                    case "dim": attribute = .dim
                    case "italic": attribute = .italic
                    case "underline": attribute = .underline
                    case "reverse": attribute = .reverse
                    default:
                        fail(.unknownKey, path + [key],
                             "unknown key '\(key)' in role '\(role)' (use fg, bg, bold, dim, italic, underline, reverse)")
                        ok = false
                        continue
                    }
                    guard let on = v.bool else {
                        fail(.badType, path + [key], "'\(key)' of role '\(role)' must be true or false, not \(v.type)")
                        ok = false
                        continue
                    }
                    if on { style.attributes.insert(attribute) }
                }
                return ok ? style : nil
            default:
                fail(.badType, path, "role '\(role)' must be a colour (\"red\", \"#rrggbb\", 0–255) or a table "
                     + "such as { fg = \"red\", bold = true }, not \(value.type)")
                return nil
            }
        }

        mutating func readColor(_ value: any TOMLValueConvertible, path: [String], what: String) -> Color? {
            do {
                if let s = value.string { return try Color.parse(s) }
                if let n = value.int { return try Color.index(n) }
            } catch {
                switch error {
                case .unknownName(let name):
                    fail(.unknownColor, path, "unknown colour '\(name)' for \(what) "
                         + "(use default, an ANSI name such as red or bright-red, 0–255, or #rrggbb)")
                case .badHex(let hex):
                    fail(.badHex, path, "bad hex colour '\(hex)' for \(what) (use #rrggbb or #rgb)")
                case .outOfRange(let n):
                    fail(.outOfRange, path, "colour index \(n) for \(what) is outside 0–255")
                }
                return nil
            }
            fail(.badType, path, "\(what) must be a colour name, 0–255 or \"#rrggbb\", not \(value.type)")
            return nil
        }
    }

    /// A role by its file name: `border_focused`, also `border-focused` and `borderFocused`.
    static func role(named key: String) -> ThemeRole? {
        if let r = ThemeRole(rawValue: key.lowercased().replacingDashes()) { return r }
        return ThemeRole.allCases.first { "\($0)".lowercased() == key.lowercased() }
    }

    /// " (did you mean 'x'?)" for a near miss, else the list of roles.
    static func suggestion(for key: String) -> String {
        let k = key.lowercased().replacingDashes()
        if let best = Suggestion.closest(to: k, among: ThemeRole.allCases.map(\.rawValue)) { return " (did you mean '\(best)'?)" }
        return " (roles: " + ThemeRole.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }
}

extension String {
    fileprivate func replacingDashes() -> String { String(map { $0 == "-" ? "_" : $0 }) }
}
