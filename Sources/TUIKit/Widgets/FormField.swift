/// The definition of one field of a `Form`: what it is, not what it holds (see `FormState`).
public struct FormField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A one-line text input.
        case text(placeholder: String = "")
        /// A one-line secret input, shown as `•` per character.
        case masked(placeholder: String = "")
        /// Any number of options; Space toggles the option under the cursor, ←/→ move it.
        case multiSelect(options: [String])
        /// Exactly one option (or none); ←/→ change it, like a segmented control.
        case choice(options: [String])
        /// A multi-line editor `height` lines tall (Tab still moves focus inside a form).
        case textArea(height: Int = 6, placeholder: String = "")
    }

    /// Key of the field in `FormState` (values, errors).
    public var id: String
    public var label: String
    public var kind: Kind
    /// Marks the label with `*`; the app validates.
    public var required: Bool
    /// A short muted explanation shown under the field.
    public var help: String

    public init(id: String, label: String, kind: Kind, required: Bool = false, help: String = "") {
        self.id = id; self.label = label; self.kind = kind; self.required = required; self.help = help
    }

    var options: [String] {
        switch kind {
        case .multiSelect(let o), .choice(let o): o
        default: []
        }
    }
}
