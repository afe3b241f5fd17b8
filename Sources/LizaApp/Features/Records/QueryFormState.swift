import Foundation
import TUIKit
import LizaAPI
/// `s` / `u` / `z`: server-side query, updated-since and page size of the Records pane.
struct QueryFormState: Hashable, Sendable {
    enum Field: Int, CaseIterable, Hashable, Sendable {
        case query, updatedSince, pageSize
        var label: String {
            switch self {
            case .query: return "Search (server)"
            case .updatedSince: return "Updated since"
            case .pageSize: return "Page size"
            }
        }
    }

    var field: Field
    var query: TextFieldState
    var updatedSince: TextFieldState
    var pageSize: TextFieldState
    var errors: [Field: String] = [:]

    init(field: Field, query: String?, updatedSince: String?, pageSize: Int) {
        self.field = field
        self.query = TextFieldState(text: query ?? "")
        self.updatedSince = TextFieldState(text: updatedSince ?? "")
        self.pageSize = TextFieldState(text: String(pageSize))
    }
}
