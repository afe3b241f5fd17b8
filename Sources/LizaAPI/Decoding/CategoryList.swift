import Foundation
import OrderedJSON

/// Categories as an API object lists them: Liza or Unified names, known or not.
public struct CategoryList: Hashable, Sendable {
    /// Known categories in Liza's names, first occurrence order, no duplicates.
    public var known: [Category]
    /// Names that are not one of the twelve (e.g. `passthrough`, `auth`), as sent, no duplicates.
    public var other: [String]

    public init(known: [Category] = [], other: [String] = []) {
        self.known = known
        self.other = other
    }

    /// Reads an array of names (or a comma-separated string); anything else gives an empty list.
    public init(json: JSONValue?) {
        var names: [String] = []
        switch json {
        case .array(let items)?:
            names = items.compactMap(\.scalarText)
        case .string(let s)?:
            names = s.split(separator: ",").map(String.init)
        default:
            break
        }
        self.init(names: names)
    }

    /// Sorts `names` into known (mapped to Liza's names) and other.
    public init(names: [String]) {
        var known: [Category] = []
        var other: [String] = []
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let category = Category(parsing: name) {
                if !known.contains(category) { known.append(category) }
            } else if !other.contains(name) {
                other.append(name)
            }
        }
        self.init(known: known, other: other)
    }
}
