/// Why a text is not JSON, and where.
///
/// `line` and `column` are 1-based; the column counts characters (grapheme clusters), not bytes,
/// so it matches what an editor shows for non-ASCII text.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the offending character (lines end at `\n`).
    public var line: Int
    /// 1-based column, in characters, of the offending character.
    public var column: Int
    /// Byte offset of the offending character in the UTF-8 input.
    public var offset: Int
    /// A short lowercase description, e.g. `expected ',' or '}' after object member`.
    public var message: String

    public init(line: Int, column: Int, offset: Int, message: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    /// `line 3, column 7: expected ':' after object key`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
