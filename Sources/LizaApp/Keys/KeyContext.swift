import Foundation
import TUIKit
import LizaAPI
/// Where a key press goes: each context has its own bindings (and its own help and hints).
enum KeyContext: String, CaseIterable, Hashable, Sendable {
    /// Keys that work in every context, also while typing (`F1`, `ctrl-c`); looked up first.
    case always
    case global, welcome
    case integrations, connections, records
    /// Typing into a pane's `/` filter.
    case filter
    case document, search
    case help, palette, confirm, message
    case connectForm, authorize, callbackForm
    case passthrough, passthroughResponse
    case objectPicker, queryForm, lookupForm

    /// Title used in the help overlay.
    var title: String {
        switch self {
        case .always: return "Everywhere, also while typing"
        case .global: return "Everywhere"
        case .welcome: return "Welcome"
        case .integrations: return "Integrations"
        case .connections: return "Connections"
        case .records: return "Records"
        case .filter: return "Filter"
        case .document: return "JSON view"
        case .search: return "Search"
        case .help: return "Help"
        case .palette: return "Command palette"
        case .confirm: return "Confirm"
        case .message: return "Message"
        case .connectForm: return "Connect form"
        case .authorize: return "Authorize"
        case .callbackForm: return "Finalize (callback)"
        case .passthrough: return "Passthrough"
        case .passthroughResponse: return "Passthrough response"
        case .objectPicker: return "Object picker"
        case .queryForm: return "Record query"
        case .lookupForm: return "Lookup"
        }
    }

    /// The context's name in `config.toml` (`[keys.connect_form]`), `liza keys` and help: the
    /// case name in snake case.
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

    /// Contexts where printable keys are text: global single-letter keys do not apply.
    var isTextEntry: Bool {
        switch self {
        case .filter, .search, .palette, .connectForm, .callbackForm, .passthrough, .objectPicker, .queryForm, .lookupForm:
            return true
        default:
            return false
        }
    }

    /// True for the three panes, where the global keys (`1` `2` `3`, `tab`, `:` …) apply.
    var usesGlobalKeys: Bool { self == .integrations || self == .connections || self == .records }

    /// The keymap contexts a key pressed here is looked up in, highest priority first: the
    /// context's own bindings, then — in the panes only — the global ones (text-entry contexts
    /// never see global single-letter keys).
    var keymapContexts: [String] { usesGlobalKeys ? [rawValue, KeyContext.global.rawValue] : [rawValue] }
}
