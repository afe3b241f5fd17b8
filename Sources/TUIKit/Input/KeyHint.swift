/// One entry of a hint bar or help screen: the key as shown (`ctrl-s`, `↑/k`) and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Shown but switched off (e.g. a write in read-only mode): drawn dim.
    public var disabled: Bool
    public init(key: String, label: String, disabled: Bool = false) { self.key = key; self.label = label; self.disabled = disabled }
}
