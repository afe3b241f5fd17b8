import Foundation
import Suggestions

/// One of the twelve Liza data categories.
///
/// Liza documents its own names; Unified.to (underneath) uses `hris`, `commerce`, `enrich` and
/// `martech` for four of them. Connections may come back with either spelling, so parsing accepts
/// both and everything shows Liza's.
public enum Category: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case crm, ticketing, calendar, messaging, storage, task, ats, accounting, ecommerce, hr, enrichment, marketing

    /// The name Unified.to uses for this category.
    public var unifiedName: String {
        switch self {
        case .hr: return "hris"
        case .ecommerce: return "commerce"
        case .enrichment: return "enrich"
        case .marketing: return "martech"
        default: return rawValue
        }
    }

    /// A human label, e.g. "HR & Directory".
    public var label: String {
        switch self {
        case .crm: return "CRM"
        case .ticketing: return "Ticketing"
        case .calendar: return "Calendar & Meetings"
        case .messaging: return "Messaging"
        case .storage: return "File Storage"
        case .task: return "Tasks"
        case .ats: return "ATS"
        case .accounting: return "Accounting"
        case .ecommerce: return "E-Commerce"
        case .hr: return "HR & Directory"
        case .enrichment: return "Enrichment"
        case .marketing: return "Marketing"
        }
    }

    /// Parses a Liza or Unified name, case-insensitively ("HRIS" → `.hr`).
    public init?(parsing name: String) {
        let n = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let c = Category(rawValue: n) { self = c; return }
        guard let c = Category.allCases.first(where: { $0.unifiedName == n }) else { return nil }
        self = c
    }

    /// The closest category name to a misspelling, for "did you mean …" messages.
    public static func suggestion(for name: String) -> Category? {
        Suggestion.closest(to: name, among: allCases, names: { [$0.rawValue, $0.unifiedName] })
    }

    public static func < (a: Category, b: Category) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
