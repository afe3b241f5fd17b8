/// One entry of a keymap: which keys do what, where, and how it is described.
public struct KeyBinding<Bound: Sendable>: Sendable {
    /// The keys that trigger the action (any of them); the first is the one shown first.
    public var keys: [KeyEvent]
    /// What the keys do.
    public var action: Bound
    /// What the hint bar and help screen say it does ("quit", "connect").
    public var label: String
    /// The context it applies in ("global", "list", "modal.connect").
    public var context: String
    /// Whether the hint bar shows it (the help screen always does).
    public var showInHints: Bool
    /// How the keys are shown instead of the generated `↑/k`, for keys better named by hand
    /// (`q` for q and ctrl-c, `pgup`, `enter/space`); nil = generated. The hint bar shows only its
    /// first `/`-separated alternative, so hints stay short.
    public var keyLabel: String?
    /// A longer description for the help screen ("command palette" where the hint bar says
    /// "command"); nil = `label`.
    public var help: String?

    public init(_ keys: [KeyEvent], _ action: Bound, label: String, context: String = Keymap<Bound>.globalContext,
                showInHints: Bool = true, keyLabel: String? = nil, help: String? = nil) {
        self.keys = keys
        self.action = action
        self.label = label
        self.context = context
        self.showInHints = showInHints
        self.keyLabel = keyLabel
        self.help = help
    }

    /// One key.
    public init(_ key: KeyEvent, _ action: Bound, label: String, context: String = Keymap<Bound>.globalContext,
                showInHints: Bool = true, keyLabel: String? = nil, help: String? = nil) {
        self.init([key], action, label: label, context: context, showInHints: showInHints, keyLabel: keyLabel, help: help)
    }

    /// The keys as shown in help: `keyLabel`, else generated (`↑/k`).
    public var keyDisplay: String { keyLabel ?? keys.map(\.displayName).joined(separator: "/") }

    /// What the help screen says it does: `help`, else `label`.
    public var helpText: String { help ?? label }

    /// The key shown in the hint bar for `keyLabel`: its first `/`-separated alternative (`esc`
    /// for `esc/q`); a label that is only slashes (`/`, the search key) is shown whole.
    public static func hintKey(forLabel label: String) -> String {
        label.split(separator: "/").first.map(String.init) ?? label
    }

    /// The binding as a hint.
    public var hint: KeyHint { KeyHint(key: keyLabel.map(Self.hintKey(forLabel:)) ?? keyDisplay, label: label) }
}

extension KeyBinding: Equatable where Bound: Equatable {}
extension KeyBinding: Hashable where Bound: Hashable {}
