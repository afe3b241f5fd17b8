import TUIKit

/// One grapheme to paint and the columns it covers in the frame (1, or 2 for a wide grapheme whose
/// next cell is a continuation).
public struct Glyph: Hashable, Sendable {
    public var grapheme: Character
    public var width: Int
    public init(_ grapheme: Character, width: Int) { self.grapheme = grapheme; self.width = width }
}

/// Consecutive changed glyphs on one row that share a style: painted with one attribute change
/// and one string write.
public struct PaintRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var style: Style
    public var glyphs: [Glyph]

    public init(x: Int, y: Int, style: Style, glyphs: [Glyph]) {
        self.x = x; self.y = y; self.style = style; self.glyphs = glyphs
    }

    /// Columns covered.
    public var width: Int { glyphs.reduce(0) { $0 + $1.width } }
    /// The run's text (for tests and debugging).
    public var text: String { String(glyphs.map(\.grapheme)) }
}
