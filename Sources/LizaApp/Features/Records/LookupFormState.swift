import Foundation
import TUIKit
import LizaAPI

/// Enrichment lookups take fields (email, domain …) instead of paging: this asks for them.
struct LookupFormState: Hashable, Sendable {
    var category: Category
    var objectType: String
    var fields: [String]
    var inputs: [TextFieldState]
    var field = 0
    var error: String?

    init(category: Category, objectType: String, fields: [String], values: [String: String]) {
        self.category = category
        self.objectType = objectType
        self.fields = fields
        self.inputs = fields.map { TextFieldState(text: values[$0] ?? "") }
    }

    /// The non-empty fields typed.
    var values: [String: String] {
        var out: [String: String] = [:]
        for (f, i) in zip(fields, inputs) where !i.text.trimmingCharacters(in: .whitespaces).isEmpty {
            out[f] = i.text.trimmingCharacters(in: .whitespaces)
        }
        return out
    }
}
