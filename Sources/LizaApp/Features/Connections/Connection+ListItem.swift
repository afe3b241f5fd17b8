import Foundation
import LizaAPI

/// The `/` filter matches the integration, the id, the name, a category or the status.
extension Connection: ListItem {
    func matches(_ filter: String) -> Bool {
        integrationType.lowercased().contains(filter) || id.lowercased().contains(filter)
            || (integrationName ?? "").lowercased().contains(filter)
            || categories.contains { $0.rawValue.contains(filter) } || (status ?? "").lowercased().contains(filter)
    }
}
