import OrderedJSON

/// One line of a pretty-printed JSON value in a `JSONView` (2-space indentation).
public struct JSONLine: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        /// A scalar, or an empty `{}` / `[]`.
        case scalar(JSONValue)
        /// `{` or `[` opening a container of `count` children; when `folded` the line shows
        /// `{…} 3 keys` / `[…] 12 items` and the children are not in the line list.
        case open(isArray: Bool, count: Int, folded: Bool)
        /// `}` or `]`.
        case close(isArray: Bool)
    }

    public var depth: Int
    /// The object key in front of the value, if the value is an object member.
    public var key: String?
    public var content: Content
    public var trailingComma: Bool
    /// Child indices from the root to this container (open lines only; empty otherwise). Fold
    /// state is keyed by it, so folds survive re-flattening.
    public var path: [Int]
    /// Index of the line that opens the enclosing container (for a close line: its own open
    /// line); -1 at the top level.
    public var parentLine: Int

    public init(depth: Int, key: String?, content: Content, trailingComma: Bool, path: [Int], parentLine: Int) {
        self.depth = depth; self.key = key; self.content = content
        self.trailingComma = trailingComma; self.path = path; self.parentLine = parentLine
    }

    public var isFoldable: Bool { if case .open = content { return true } else { return false } }
}
