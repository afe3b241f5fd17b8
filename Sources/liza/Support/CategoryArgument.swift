import LizaAPI

/// Parsing category and object-type arguments with "did you mean" messages.
enum CategoryArgument {
    /// A Liza or Unified category name (`hr` or `hris`), or a usage failure with a suggestion.
    static func parse(_ name: String) throws -> Category {
        if let category = Category(parsing: name) { return category }
        let known = Category.allCases.map(\.rawValue).joined(separator: ", ")
        if let suggestion = Category.suggestion(for: name) {
            throw CLIFailure.usage("unknown category '\(TerminalText.cell(name))': did you mean \(suggestion.rawValue)? (categories: \(known))")
        }
        throw CLIFailure.usage("unknown category '\(TerminalText.cell(name))' (categories: \(known))")
    }

    /// Several categories, each possibly comma-separated (`--category crm,ticketing`), without duplicates.
    static func parseList(_ names: [String]) throws -> [Category] {
        var result: [Category] = []
        for part in names.flatMap({ $0.split(separator: ",") }) {
            let category = try parse(String(part))
            if !result.contains(category) { result.append(category) }
        }
        guard !result.isEmpty else { throw CLIFailure.usage("give at least one --category") }
        return result
    }

    /// Checks an object type: unknown names are allowed (the API may know more than the
    /// catalog), but a near miss of a known one is a usage failure with the suggestion.
    static func checkObject(_ name: String, in category: Category) throws -> ObjectType? {
        if let known = ObjectCatalog.object(name, in: category) { return known }
        if let suggestion = ObjectCatalog.suggestion(for: name, in: category) {
            let known = ObjectCatalog.objects(in: category).map(\.name).joined(separator: ", ")
            throw CLIFailure.usage("unknown object type '\(TerminalText.cell(name))' in \(category.rawValue): did you mean \(suggestion.name)? (\(category.rawValue) objects: \(known))")
        }
        return nil
    }
}
