import Foundation
import TUIKit
import LizaAPI

/// The connect form: which integration, which categories, and the optional OAuth settings.
struct ConnectFormState: Hashable, Sendable {
    enum Field: Int, CaseIterable, Hashable, Sendable {
        case integrationType, categories, redirectURL, externalXref, scopes

        var label: String {
            switch self {
            case .integrationType: return "Integration"
            case .categories: return "Categories"
            case .redirectURL: return "Redirect URL"
            case .externalXref: return "External xref"
            case .scopes: return "Scopes"
            }
        }

        /// The form field an error names (integration type, categories, redirect URL); nil for
        /// the others.
        init?(_ field: LizaError.Field) {
            switch field {
            case .integrationType: self = .integrationType
            case .categories: self = .categories
            case .redirectURL: self = .redirectURL
            default: return nil
            }
        }
    }

    var field: Field = .integrationType
    var integrationType = TextFieldState()
    /// The categories offered (those of the chosen integration, else all twelve).
    var categoryChoices: [Category] = Category.allCases
    var categoryCursor = 0
    var selectedCategories: [Category] = []
    var redirectURL = TextFieldState()
    var externalXref = TextFieldState()
    /// Comma- or space-separated.
    var scopes = TextFieldState()
    /// Inline validation messages per field (shown after the first submit attempt or on leaving a field).
    var errors: [Field: String] = [:]
    var submit: LoadState = .idle
    /// The server's answer when the request failed; everything typed stays.
    var serverError: String?
    /// True when the request in flight asked for the loopback listener (no redirect URL given,
    /// not over SSH): the authorize step then waits for the browser.
    var listening = false
    /// The connection this form connects again (`r` relink), handed on to the authorize step.
    var relinkOf: Connection?

    init(integrationType: String = "", choices: [Category] = Category.allCases) {
        self.integrationType = TextFieldState(text: integrationType)
        self.categoryChoices = choices
    }

    /// Scopes as a list.
    var scopeList: [String] {
        scopes.text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }
}
