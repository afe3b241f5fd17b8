/// Horizontal placement of text inside a row.
public enum TextAlignment: Hashable, Sendable { case left, center, right }
