import Foundation
import OrderedJSON
import Suggestions

/// Checks inputs before anything is sent, with messages in the user's terms.
///
/// Every failure is a `LizaError` of kind `.validation` whose `field` names the input
/// (`categories`, `limit`, `redirect_url`, …). `LizaClient` runs these on every call; the CLI and
/// the TUI call them directly to check what the user typed (e.g. `category(_:)` for a name).
public enum Validation {
    /// The largest page the API serves.
    public static let maxLimit = 100

    static func failure(_ field: LizaError.Field, _ message: String) -> LizaError {
        LizaError(kind: .validation, message: message, field: field)
    }

    /// Quotes user input for a message, sanitized and shortened.
    static func quoted(_ text: String) -> String {
        "'" + MessageSanitizer.sanitize(text, maxLength: 60) + "'"
    }

    // MARK: Categories

    /// A category from a Liza or Unified name (`crm`, `hris`, `HR`); unknown names get
    /// "unknown category 'crn' — did you mean 'crm'?".
    public static func category(_ name: String, field: LizaError.Field = .category) throws(LizaError) -> Category {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw failure(field, "\(field) must not be empty") }
        if let category = Category(parsing: trimmed) { return category }
        if let suggestion = Category.suggestion(for: trimmed) {
            throw failure(field, "unknown category \(quoted(trimmed)) — did you mean '\(suggestion.rawValue)'?")
        }
        let all = Category.allCases.map(\.rawValue).joined(separator: ", ")
        throw failure(field, "unknown category \(quoted(trimmed)) — expected one of \(all)")
    }

    /// Categories from names; at least one; duplicates are dropped (first order kept).
    public static func categories(named names: [String]) throws(LizaError) -> [Category] {
        var result: [Category] = []
        for name in names {
            let category = try category(name, field: .categories)
            if !result.contains(category) { result.append(category) }
        }
        return try categories(result)
    }

    /// At least one category; duplicates are dropped (first order kept).
    public static func categories(_ categories: [Category]) throws(LizaError) -> [Category] {
        var result: [Category] = []
        for category in categories where !result.contains(category) { result.append(category) }
        guard !result.isEmpty else { throw failure(.categories, "choose at least one category (e.g. crm)") }
        return result
    }

    // MARK: Identifiers

    /// A connection id: not empty, not `.`/`..` (which a proxy could resolve as a path), no
    /// control characters. Returned unchanged.
    public static func connectionID(_ id: String, field: LizaError.Field = .connectionID) throws(LizaError) -> String {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw failure(field, "connection id must not be empty")
        }
        guard id != ".", id != ".." else { throw failure(field, "connection id \(quoted(id)) is not valid") }
        guard !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw failure(field, "connection id must not contain control characters")
        }
        return id
    }

    /// `integration_type` (e.g. `hubspot`): not empty; surrounding spaces are removed.
    public static func integrationType(_ type: String) throws(LizaError) -> String {
        let trimmed = type.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw failure(.integrationType, "integration_type must not be empty (e.g. hubspot)")
        }
        return trimmed
    }

    /// An object type of `category`: known names are normalized (`Contact` → `contact`);
    /// a near miss of a known one is an error with a suggestion; other unknown names pass,
    /// because the API may know objects the catalog does not.
    public static func objectType(_ name: String, in category: Category) throws(LizaError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw failure(.objectType, "object type must not be empty") }
        if let known = ObjectCatalog.object(trimmed, in: category) { return known.name }
        if let suggestion = ObjectCatalog.suggestion(for: trimmed, in: category) {
            throw failure(
                .objectType,
                "unknown object type \(quoted(trimmed)) for \(category.rawValue) — did you mean '\(suggestion.name)'?"
            )
        }
        guard trimmed != ".", trimmed != ".." else { throw failure(.objectType, "object type \(quoted(trimmed)) is not valid") }
        return trimmed
    }

    /// Extra query parameters (filters or lookup fields): names must not be empty; a near miss
    /// of a parameter the catalog knows for this object is an error with a suggestion.
    public static func parameters(_ parameters: [String: String], for object: String, in category: Category,
                                  field: LizaError.Field = .filters) throws(LizaError) -> [String: String] {
        let known = ObjectCatalog.object(object, in: category)?.filters ?? []
        for name in parameters.keys.sorted() {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw failure(field, "parameter names must not be empty")
            }
            guard !known.isEmpty, !known.contains(name) else { continue }
            if let best = Suggestion.closest(to: name, among: known) {
                throw failure(field, "unknown parameter \(quoted(name)) for \(category.rawValue)/\(object) — did you mean '\(best)'?")
            }
        }
        return parameters
    }

    // MARK: Paging and dates

    /// `limit`: 1…100.
    public static func limit(_ limit: Int) throws(LizaError) -> Int {
        guard (1...maxLimit).contains(limit) else {
            throw failure(.limit, "limit must be between 1 and \(maxLimit) (got \(limit))")
        }
        return limit
    }

    /// The largest `offset` accepted: far beyond any real list, and small enough that
    /// `offset + pages · limit` can never overflow.
    public static let maxOffset = 1_000_000_000

    /// `offset`: 0…`maxOffset`.
    public static func offset(_ offset: Int) throws(LizaError) -> Int {
        guard offset >= 0 else { throw failure(.offset, "offset must not be negative (got \(offset))") }
        guard offset <= maxOffset else { throw failure(.offset, "offset must be at most \(maxOffset) (got \(offset))") }
        return offset
    }

    /// `updated_gte` normalized to UTC (`2026-01-31` → `2026-01-31T00:00:00Z`).
    public static func updatedSince(_ text: String) throws(LizaError) -> String {
        guard let normalized = ISO8601Timestamp.normalize(text.trimmingCharacters(in: .whitespaces)) else {
            throw failure(
                .updatedSince,
                "updated_gte must be an ISO 8601 date or timestamp with a time zone, e.g. 2026-01-31 or 2026-01-31T12:00:00Z (got \(quoted(text)))"
            )
        }
        return normalized
    }

    // MARK: Connect

    /// `redirect_url`: an absolute http(s) URL with a host.
    public static func redirectURL(_ url: String) throws(LizaError) -> String {
        let problem = "redirect_url must be an absolute http(s) URL, e.g. https://example.com/connected (got \(quoted(url)))"
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: url),
              let host = components.host, !host.isEmpty
        else { throw failure(.redirectURL, problem) }
        return url
    }

    // MARK: Passthrough

    /// A passthrough method from text, case-insensitive (`get` → `.GET`).
    public static func method(_ name: String) throws(LizaError) -> HTTPMethod {
        let upper = name.trimmingCharacters(in: .whitespaces).uppercased()
        guard let method = HTTPMethod(rawValue: upper) else {
            throw failure(.method, "method must be one of GET, POST, PUT, PATCH, DELETE (got \(quoted(name)))")
        }
        return method
    }

    /// A passthrough path: not empty.
    public static func path(_ path: String) throws(LizaError) -> String {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw failure(.path, "path must not be empty (e.g. /crm/v3/objects/contacts)")
        }
        return path
    }

    /// Passthrough `data`: a JSON object, or null / absent.
    public static func data(_ data: JSONValue?) throws(LizaError) -> JSONValue? {
        switch data {
        case nil, .null?, .object?: return data
        case let other?:
            throw failure(.data, "data must be a JSON object or null (got \(other.kindDescription))")
        }
    }
}
