import Foundation
import TUIKit

extension AppState {
    /// The list of `pane`. This and `withList` are the one place a pane maps to its list.
    func list(_ pane: Pane) -> any PaneList {
        switch pane {
        case .integrations: return integrations.list
        case .connections: return connections.list
        case .records: return records.list
        }
    }

    /// Runs `body` on the list of `pane`, in place.
    @discardableResult
    mutating func withList<Result>(_ pane: Pane, _ body: (inout any PaneList) -> Result) -> Result {
        switch pane {
        case .integrations: return Self.edit(&integrations.list, body)
        case .connections: return Self.edit(&connections.list, body)
        case .records: return Self.edit(&records.list, body)
        }
    }

    private static func edit<List: PaneList, Result>(_ list: inout List, _ body: (inout any PaneList) -> Result) -> Result {
        var erased: any PaneList = list
        let result = body(&erased)
        // `body` edits the list through `PaneList`, so it is still a `List` here.
        if let edited = erased as? List { list = edited }
        return result
    }
}
