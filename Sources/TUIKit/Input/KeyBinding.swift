/// One entry of a keymap: which keys do what, where, and how it is described.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys that trigger the action (any of them); the first is the one shown first.
    public var keys: [KeyEvent]
    /// What the keys do.
    public var action: Action
    /// What the hint bar and help screen say it does ("quit", "connect").
    public var label: String
    /// The context it applies in ("global", "list", "modal.connect").
    public var context: String
    /// Whether the hint bar shows it (the help screen always does).
    public var showInHints: Bool

    public init(_ keys: [KeyEvent], _ action: Action, label: String, context: String = Keymap<Action>.globalContext,
                showInHints: Bool = true) {
        self.keys = keys
        self.action = action
        self.label = label
        self.context = context
        self.showInHints = showInHints
    }

    /// One key.
    public init(_ key: KeyEvent, _ action: Action, label: String, context: String = Keymap<Action>.globalContext,
                showInHints: Bool = true) {
        self.init([key], action, label: label, context: context, showInHints: showInHints)
    }

    /// The keys as shown: `↑/k`.
    public var keyDisplay: String { keys.map(\.displayName).joined(separator: "/") }

    /// The binding as a hint.
    public var hint: KeyHint { KeyHint(key: keyDisplay, label: label) }
}

extension KeyBinding: Equatable where Action: Equatable {}
extension KeyBinding: Hashable where Action: Hashable {}
