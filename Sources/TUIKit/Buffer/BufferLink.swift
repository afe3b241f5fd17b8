/// Cells of one row that form a hyperlink to `url` (a wrapped URL is one link per row, all to
/// the same address). `url` is sanitized when the link is made: printable ASCII only, so it can
/// never end an escape sequence early or inject another.
public struct BufferLink: Hashable, Sendable {
    public var url: String
    public var row: Int
    public var x: Int
    public var width: Int

    public init(url: String, row: Int, x: Int, width: Int) {
        self.url = url; self.row = row; self.x = x; self.width = width
    }

    /// The columns it covers.
    public var columns: Range<Int> { x..<(x + width) }
}
