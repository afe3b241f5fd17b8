import Foundation
import TUIKit
import LizaAPI
/// The three panes of the main screen, numbered as the `1` `2` `3` keys that focus them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case integrations = 1
    case connections = 2
    case records = 3

    /// The pane's name as its title shows it.
    public var title: String {
        switch self {
        case .integrations: return "Integrations"
        case .connections: return "Connections"
        case .records: return "Records"
        }
    }

    /// The pane `tab` goes to.
    public var next: Pane { Pane(rawValue: rawValue % 3 + 1) ?? .integrations }
    /// The pane `shift-tab` goes to.
    public var previous: Pane { Pane(rawValue: (rawValue + 1) % 3 + 1) ?? .records }
}

extension Pane {
    /// The key context of the pane itself (not its filter).
    var keyContext: KeyContext {
        switch self {
        case .integrations: return .integrations
        case .connections: return .connections
        case .records: return .records
        }
    }
}
