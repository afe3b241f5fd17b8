import Foundation
import LizaAPI

/// The `/` filter matches the name, the type or a category.
extension Integration: ListItem {
    func matches(_ filter: String) -> Bool {
        name.lowercased().contains(filter) || type.lowercased().contains(filter)
            || categories.contains { $0.rawValue.contains(filter) || $0.label.lowercased().contains(filter) }
    }
}
