/// One terminal cell. A wide grapheme occupies its cell plus a following continuation cell.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown here; always sanitized (never a control or format character).
    public var grapheme: Character
    public var style: Style
    /// True for the right half of a 2-column grapheme; painters skip it.
    public var isContinuation: Bool

    public init(grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
