import Suggestions

/// The known object types of each category, with their extra list filters
/// (`unified-reference.md` §2.2 and §7).
///
/// The API may know more object types than this; unknown names are allowed, but a near miss of
/// a known one gets a "did you mean …" suggestion.
public enum ObjectCatalog {
    /// Every known object type, in catalog order (the first of a category is its default).
    public static let all: [ObjectType] = [
        .init(category: .crm, name: "contact", filters: ["company_id", "deal_id", "user_id"]),
        .init(category: .crm, name: "company", filters: ["contact_id", "deal_id", "user_id"]),
        .init(category: .crm, name: "deal", filters: ["company_id", "contact_id", "pipeline_id", "user_id"]),
        .init(category: .crm, name: "lead", filters: ["company_id", "contact_id", "user_id"]),
        .init(category: .crm, name: "event", filters: ["company_id", "contact_id", "deal_id", "lead_id", "type", "user_id"]),
        .init(category: .crm, name: "pipeline"),
        .init(category: .ticketing, name: "ticket", filters: ["customer_id", "user_id"]),
        .init(category: .ticketing, name: "customer"),
        .init(category: .ticketing, name: "note", filters: ["customer_id", "ticket_id"]),
        .init(category: .calendar, name: "event", filters: ["calendar_id", "start_gte", "end_lt", "expand"]),
        .init(category: .calendar, name: "calendar"),
        .init(category: .calendar, name: "busy", filters: ["calendar_id", "start_gte", "end_lt", "user_id"], readOnly: true),
        .init(category: .calendar, name: "link"),
        .init(category: .messaging, name: "message", filters: ["channel_id", "parent_id", "start_gte", "end_lt", "expand", "type", "user_id", "user_mentioned_id"]),
        .init(category: .messaging, name: "channel", filters: ["parent_id", "type"]),
        .init(category: .storage, name: "file", filters: ["parent_id", "type", "fulltext", "reference", "expand"]),
        .init(category: .task, name: "task", filters: ["project_id", "parent_id", "status", "user_id", "assigned_user_id", "start_gte", "end_lt"]),
        .init(category: .task, name: "project", filters: ["company_id", "parent_id", "user_id"]),
        .init(category: .task, name: "comment", filters: ["task_id", "parent_id"]),
        .init(category: .ats, name: "candidate", filters: ["company_id"]),
        .init(category: .ats, name: "job", filters: ["company_id", "status", "user_id"]),
        .init(category: .ats, name: "application", filters: ["candidate_id", "company_id", "job_id", "status"]),
        .init(category: .ats, name: "interview", filters: ["application_id"]),
        .init(category: .ats, name: "document", filters: ["application_id", "candidate_id", "job_id", "type"]),
        .init(category: .ats, name: "scorecard", filters: ["application_id", "candidate_id", "interview_id", "job_id"]),
        .init(category: .accounting, name: "invoice", filters: ["contact_id", "org_id", "type", "start_gte", "end_lt"]),
        .init(category: .accounting, name: "contact", filters: ["org_id", "type"]),
        .init(category: .accounting, name: "account", filters: ["org_id", "type"]),
        .init(category: .accounting, name: "transaction", filters: ["account_id", "contact_id", "org_id", "start_gte", "end_lt"]),
        .init(category: .accounting, name: "journal", filters: ["account_id", "org_id"]),
        .init(category: .accounting, name: "organization", readOnly: true),
        .init(category: .accounting, name: "payment", filters: ["bill_id", "contact_id", "invoice_id", "link_id", "org_id", "type", "start_gte", "end_lt"]),
        .init(category: .ecommerce, name: "item", filters: ["collection_id", "org_id"]),
        .init(category: .ecommerce, name: "collection", filters: ["org_id", "parent_id", "saleschannel_id", "type"]),
        .init(category: .ecommerce, name: "inventory", filters: ["item_id", "item_variant_id", "location_id"]),
        .init(category: .ecommerce, name: "location", filters: ["org_id"]),
        .init(category: .hr, name: "employee", filters: ["company_id", "group_id", "location_id"]),
        .init(category: .hr, name: "group", filters: ["company_id", "type"]),
        .init(category: .hr, name: "location", filters: ["company_id", "parent_id"]),
        .init(category: .hr, name: "company"),
        .init(category: .hr, name: "timeoff", filters: ["company_id", "status", "type", "user_id", "start_gte", "end_lt"]),
        .init(category: .hr, name: "payslip", filters: ["company_id", "user_id"], readOnly: true),
        .init(category: .enrichment, name: "person", kind: .lookup, filters: ["email", "linkedin_url", "name", "twitter", "company_name"], readOnly: true),
        .init(category: .enrichment, name: "company", kind: .lookup, filters: ["domain", "name"], readOnly: true),
        .init(category: .marketing, name: "member", filters: ["list_id"]),
        .init(category: .marketing, name: "list"),
    ]

    /// The known object types of `category`, default first.
    public static func objects(in category: Category) -> [ObjectType] {
        all.filter { $0.category == category }
    }

    /// The catalog entry for `name` in `category`, if known (case-insensitive).
    public static func object(_ name: String, in category: Category) -> ObjectType? {
        let n = name.lowercased()
        return all.first { $0.category == category && $0.name == n }
    }

    /// The closest known object type of `category` to a misspelt `name`, or nil when nothing is close
    /// (or when `name` is known already).
    public static func suggestion(for name: String, in category: Category) -> ObjectType? {
        let n = name.lowercased()
        let candidates = objects(in: category)
        guard !candidates.contains(where: { $0.name == n }) else { return nil }
        return Suggestion.closest(to: n, among: candidates, names: { [$0.name] })
    }
}
