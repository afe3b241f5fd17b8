/// The same key bound twice in one context: only the first binding can ever run.
public struct KeymapConflict: Hashable, Sendable, CustomStringConvertible {
    /// The key (normalized).
    public var key: KeyEvent
    public var context: String
    /// The labels of the bindings that claim it, in declaration order (the first one wins).
    public var labels: [String]

    public init(key: KeyEvent, context: String, labels: [String]) {
        self.key = key
        self.context = context
        self.labels = labels
    }

    public var description: String {
        "\(key.displayName) is bound more than once in \(context): " + labels.map { "'\($0)'" }.joined(separator: ", ")
    }
}
