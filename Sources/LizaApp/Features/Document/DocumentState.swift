import Foundation
import TUIKit

/// A JSON value (a record, a connection, an integration) in TUIKit's viewer, with a title.
struct DocumentState: Hashable, Sendable {
    var title: String
    var json: JSONViewState
    /// The `|` filter (jq) and its prompt.
    var jq = JQFilterState()

    init(title: String, json: JSONViewState) {
        self.title = title
        self.json = json
    }
}
