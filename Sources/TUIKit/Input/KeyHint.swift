/// One entry of a hint bar or help screen: the key as shown (`ctrl-s`, `↑/k`) and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(key: String, label: String) { self.key = key; self.label = label }
}
