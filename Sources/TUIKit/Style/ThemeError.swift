/// A theme file that cannot be used, with where and why. Shown as `FILE:LINE: reason`.
///
/// A bad theme is never fatal: the caller reports the error and carries on with `Theme.default`.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is (for tests and for choosing a message).
    public enum Kind: Hashable, Sendable {
        /// The file is not valid TOML.
        case syntax
        /// The file could not be read (missing, unreadable, not UTF-8, too large).
        case unreadable
        /// No theme of that name in the catalog.
        case notFound
        /// A key the format does not have (top level or inside a role).
        case unknownKey
        /// A role name that is not a `ThemeRole`.
        case unknownRole
        /// A colour name that is not `default` or one of the 16 ANSI names.
        case unknownColor
        /// A `#…` colour that is not `#rrggbb` or `#rgb`.
        case badHex
        /// A palette index outside 0–255.
        case outOfRange
        /// A value of the wrong TOML type.
        case badType
    }

    public var kind: Kind
    /// The file (path as given) or, for `.notFound`, the theme name.
    public var file: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// 1-based column, when known (syntax errors).
    public var column: Int?
    /// What is wrong, in words.
    public var reason: String

    public init(kind: Kind, file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `FILE:LINE: reason`, or `FILE: reason` when the line is unknown. Holds text from the file:
    /// write it through `Buffer.write` or `Sanitizer.sanitize` before showing it.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
