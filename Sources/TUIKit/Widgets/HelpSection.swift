/// One group of the help screen: a context title ("Records", "Global") and its keys.
public struct HelpSection: Hashable, Sendable {
    public var title: String
    public var hints: [KeyHint]
    public init(_ title: String, hints: [KeyHint]) { self.title = title; self.hints = hints }
}
