import Foundation
import TUIKit
import LizaAPI

/// Choosing the category and object type of the Records pane: the catalog's objects for the
/// connection's categories, filtered by typing; a typed name that is not in the catalog is used as is.
struct ObjectPickerState: Hashable, Sendable {
    struct Option: Hashable, Sendable {
        var category: Category
        var objectType: String
        var isLookup: Bool
    }

    var options: [Option]
    var input = TextFieldState()
    /// The highlighted option (among `visible`) and the first one shown.
    var cursor = TableState(selected: 0)
    var error: String?

    init(categories: [Category]) {
        let cats = categories.isEmpty ? Category.allCases : categories
        options = cats.flatMap { c in ObjectCatalog.objects(in: c).map { Option(category: c, objectType: $0.name, isLookup: $0.kind == .lookup) } }
    }

    /// Options matching the typed text (`category/object`, or part of either).
    var visible: [Option] {
        let q = input.text.lowercased().trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return options }
        return options.filter { "\($0.category.rawValue)/\($0.objectType)".contains(q) }
    }
}
