import Foundation
import LizaAPI
import TUIKit

/// Where a key press goes: each context has its own bindings (and its own help and hints).
/// The panes' and the shared contexts are declared here; a modal declares its own next to its
/// component (`extension KeyContext { static let callbackForm = … }`) and lists it with its
/// bindings in `ModalComponent.keyBindings`, so adding a modal does not touch this file.
struct KeyContext: Hashable, Sendable {
    /// The keymap context's name (`connectForm`); `configName` is its snake-case spelling.
    let rawValue: String
    /// Title used in the help overlay and the README.
    let title: String
    /// True where printable keys are text: global single-letter keys do not apply.
    let isTextEntry: Bool
    /// The context whose bindings also apply here, after this one's own (a form's, for one of
    /// its fields with keys of its own), by raw value.
    let parentName: String?

    /// `within` names the form a field's context belongs to: the form's keys work in the field
    /// too, and remapping one of them in the form's table changes it in the field as well.
    init(_ rawValue: String, title: String, isTextEntry: Bool = false, within parent: KeyContext? = nil) {
        self.rawValue = rawValue
        self.title = title
        self.isTextEntry = isTextEntry
        self.parentName = parent?.rawValue
    }

    static func == (a: KeyContext, b: KeyContext) -> Bool { a.rawValue == b.rawValue }
    func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Keys that work in every context, also while typing (`F1`, `ctrl-c`); looked up first.
    static let always = KeyContext("always", title: "Everywhere, also while typing")
    static let global = KeyContext("global", title: "Everywhere")
    static let welcome = KeyContext("welcome", title: "Welcome")
    static let integrations = KeyContext("integrations", title: "Integrations")
    static let connections = KeyContext("connections", title: "Connections")
    static let records = KeyContext("records", title: "Records")
    /// Typing into a pane's `/` filter.
    static let filter = KeyContext("filter", title: "Filter", isTextEntry: true)
    /// A JSON viewer (the document modal, the passthrough response).
    static let document = KeyContext("document", title: "JSON view")
    /// Typing a search in a viewer.
    static let search = KeyContext("search", title: "Search", isTextEntry: true)

    /// Every context, in the order help and the README list them.
    static var allCases: [KeyContext] { AppKeymap.documentedContexts }

    /// The context's name in `config.toml` (`[keys.connect_form]`), `liza keys` and help: the
    /// name in snake case.
    var configName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "_" + character.lowercased() } else { name.append(character) }
        }
    }

    /// The context named `name` in `config.toml`.
    init?(configName name: String) {
        guard let found = KeyContext.allCases.first(where: { $0.configName == name }) else { return nil }
        self = found
    }

    /// True for the three panes, where the global keys (`1` `2` `3`, `tab`, `:` …) apply.
    var usesGlobalKeys: Bool { self == .integrations || self == .connections || self == .records }

    /// The context this one's field belongs to (see `parentName`).
    var parent: KeyContext? { parentName.flatMap { name in KeyContext.allCases.first { $0.rawValue == name } } }

    /// The keymap contexts a key pressed here is looked up in, highest priority first: the
    /// context's own bindings, then its form's (`parentName`), then — in the panes only — the
    /// global ones (text-entry contexts never see global single-letter keys).
    var keymapContexts: [String] {
        [rawValue] + (parentName.map { [$0] } ?? []) + (usesGlobalKeys ? [KeyContext.global.rawValue] : [])
    }
}
