import LizaAPI
import OrderedJSON
import Suggestions

/// One integration the sandbox offers (GET /v1/integrations).
struct IntegrationEntry: Sendable {
    let type: String
    let name: String
    /// Unified.to's category slugs, including ones Liza has no name for (`auth`, `passthrough` …),
    /// as Unified lists them, so that clients exercise their mapping.
    let unifiedCategories: [String]
    let isActive: Bool
    let apiDocsURL: String
    let webURL: String
    let color: String
    let createdAt: String
    let description: String
    let popularity: Int
    let beta: Bool

    /// The Liza categories this integration can be connected for.
    var categories: [Category] { unifiedCategories.compactMap { Category(parsing: $0) } }

    /// Scopes offered on the authorize page: `{unified_category}_{object}_read`.
    func defaultScopes(for categories: [Category]) -> [String] {
        categories.flatMap { c in ObjectCatalog.objects(in: c).map { "\(c.unifiedName)_\($0.name)_read" } }
    }

    func json() -> JSONValue {
        let support: [(String, JSONValue)] = categories.prefix(2).flatMap { c in
            ObjectCatalog.objects(in: c).prefix(3).map { o -> (String, JSONValue) in
                let lookup = o.kind == .lookup
                let methods = JSONBuild.object([("list", JSONBuild.bool(!lookup)), ("get", JSONBuild.bool(true)), ("create", JSONBuild.bool(!o.readOnly)),
                                   ("update", JSONBuild.bool(!o.readOnly)), ("remove", JSONBuild.bool(!o.readOnly))])
                var f: [(String, JSONValue)] = [("methods", methods)]
                if !lookup {
                    f += [("list_limit", JSONBuild.string("supported")), ("list_offset", JSONBuild.string("supported")), ("list_query", JSONBuild.string("supported")),
                          ("list_updated_gte", JSONBuild.string(type == "bamboohr" ? "not-supported" : "supported"))]
                }
                f.append(("webhook_events", JSONBuild.object([("updated", JSONBuild.strings(["virtual"])), ("created", JSONBuild.strings([type == "hubspot" ? "native" : "virtual"]))])))
                return ("\(c.unifiedName)_\(o.name)", JSONBuild.object(f))
            }
        }
        return JSONBuild.object([
            ("type", JSONBuild.string(type)), ("name", JSONBuild.string(name)), ("categories", JSONBuild.strings(unifiedCategories)), ("is_active", JSONBuild.bool(isActive)),
            ("logo_url", JSONBuild.string("https://api.unified.to/docs/images/\(type).png")), ("api_docs_url", JSONBuild.string(apiDocsURL)),
            ("web_url", JSONBuild.string(webURL)), ("color", JSONBuild.string(color)), ("text_color", JSONBuild.string("#FFFFFF")), ("description", JSONBuild.string(description)),
            ("created_at", JSONBuild.string(createdAt)), ("updated_at", JSONBuild.string("2026-10-01T00:00:00.000Z")), ("beta", JSONBuild.bool(beta)),
            ("in_progress", JSONBuild.bool(false)), ("is_hidden", JSONBuild.bool(false)), ("popularity", JSONBuild.int(popularity)),
            ("rate_limit_description", JSONBuild.string("\(popularity * 10) requests per 10 seconds")), ("support", JSONBuild.object(support)),
        ])
    }
}

/// The integrations the sandbox offers: the suggestion list of `unified-reference.md` §8,
/// covering all twelve Liza categories (several more than once).
enum IntegrationDirectory {
    static let all: [IntegrationEntry] = [
        .init(type: "hubspot", name: "HubSpot",
              unifiedCategories: ["crm", "martech", "auth", "ticketing", "hris", "storage", "calendar", "metadata", "uc", "messaging", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.hubspot.com/docs/api/overview", webURL: "https://www.hubspot.com",
              color: "#FF7A59", createdAt: "2023-01-12", description: "CRM, marketing and service hub.", popularity: 98, beta: false),
        .init(type: "salesforce", name: "Salesforce", unifiedCategories: ["crm", "ticketing", "martech", "auth", "metadata", "passthrough"],
              isActive: true, apiDocsURL: "https://developer.salesforce.com/docs/apis", webURL: "https://www.salesforce.com",
              color: "#00A1E0", createdAt: "2023-01-20", description: "The enterprise CRM.", popularity: 95, beta: false),
        .init(type: "pipedrive", name: "Pipedrive", unifiedCategories: ["crm", "storage", "auth", "metadata", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.pipedrive.com/docs/api/v1", webURL: "https://www.pipedrive.com",
              color: "#017737", createdAt: "2023-02-02", description: "Sales pipeline CRM.", popularity: 80, beta: false),
        .init(type: "zendesk", name: "Zendesk", unifiedCategories: ["ticketing", "auth", "hris", "messaging", "kms", "storage", "passthrough"],
              isActive: true, apiDocsURL: "https://developer.zendesk.com/api-reference/", webURL: "https://www.zendesk.com",
              color: "#03363D", createdAt: "2023-01-15", description: "Customer service and ticketing.", popularity: 90, beta: false),
        .init(type: "jira", name: "Jira", unifiedCategories: ["task", "ticketing", "auth", "hris", "passthrough"],
              isActive: true, apiDocsURL: "https://developer.atlassian.com/cloud/jira/platform/rest/v3/", webURL: "https://www.atlassian.com/software/jira",
              color: "#0052CC", createdAt: "2023-03-01", description: "Issue and project tracking.", popularity: 88, beta: false),
        .init(type: "asana", name: "Asana", unifiedCategories: ["task", "hris", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.asana.com/reference", webURL: "https://asana.com",
              color: "#F06A6A", createdAt: "2023-04-11", description: "Work management.", popularity: 70, beta: false),
        .init(type: "googlecalendar", name: "Google Calendar", unifiedCategories: ["calendar", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.google.com/calendar/api", webURL: "https://calendar.google.com",
              color: "#4285F4", createdAt: "2023-05-09", description: "Calendars, events and free/busy.", popularity: 92, beta: false),
        .init(type: "cal", name: "Cal.com", unifiedCategories: ["calendar", "passthrough"],
              isActive: false, apiDocsURL: "https://cal.com/docs/api-reference", webURL: "https://cal.com",
              color: "#111827", createdAt: "2024-02-14", description: "Scheduling links (not enabled in this workspace).", popularity: 40, beta: true),
        .init(type: "slack", name: "Slack", unifiedCategories: ["messaging", "hris", "auth", "uc", "passthrough"],
              isActive: true, apiDocsURL: "https://api.slack.com/methods", webURL: "https://slack.com",
              color: "#4A154B", createdAt: "2023-02-20", description: "Channels and messages.", popularity: 94, beta: false),
        .init(type: "googledrive", name: "Google Drive", unifiedCategories: ["storage", "auth", "hris", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.google.com/drive/api/reference/rest/v3", webURL: "https://drive.google.com",
              color: "#1FA463", createdAt: "2023-03-18", description: "Files and folders.", popularity: 91, beta: false),
        .init(type: "greenhouse", name: "Greenhouse", unifiedCategories: ["ats", "hris", "metadata", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://developers.greenhouse.io/harvest.html", webURL: "https://www.greenhouse.com",
              color: "#24A47F", createdAt: "2023-01-25", description: "Applicant tracking.", popularity: 75, beta: false),
        .init(type: "quickbooks", name: "QuickBooks", unifiedCategories: ["accounting", "payment", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://developer.intuit.com/app/developer/qbo/docs/api/accounting", webURL: "https://quickbooks.intuit.com",
              color: "#2CA01C", createdAt: "2023-02-08", description: "Accounting for small businesses.", popularity: 85, beta: false),
        .init(type: "shopify", name: "Shopify", unifiedCategories: ["commerce", "accounting", "hris", "auth", "payment", "metadata", "shipping", "passthrough"],
              isActive: true, apiDocsURL: "https://shopify.dev/docs/api/admin-rest", webURL: "https://www.shopify.com",
              color: "#95BF47", createdAt: "2023-03-30", description: "E-commerce platform.", popularity: 89, beta: false),
        .init(type: "bamboohr", name: "BambooHR", unifiedCategories: ["hris", "ats", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://documentation.bamboohr.com/reference", webURL: "https://www.bamboohr.com",
              color: "#73C41D", createdAt: "2023-04-02", description: "HR software.", popularity: 72, beta: false),
        .init(type: "clearbit", name: "Clearbit", unifiedCategories: ["enrich", "passthrough"],
              isActive: true, apiDocsURL: "https://dashboard.clearbit.com/docs", webURL: "https://clearbit.com",
              color: "#3A7BD5", createdAt: "2023-06-06", description: "Person and company enrichment.", popularity: 60, beta: false),
        .init(type: "mailchimp", name: "Mailchimp", unifiedCategories: ["martech", "auth", "passthrough"],
              isActive: true, apiDocsURL: "https://mailchimp.com/developer/marketing/api/", webURL: "https://mailchimp.com",
              color: "#FFE01B", createdAt: "2023-02-27", description: "E-mail marketing lists and members.", popularity: 78, beta: false),
    ]

    static func entry(_ type: String) -> IntegrationEntry? { all.first { $0.type == type } }

    /// The closest integration type to a misspelling, for "did you mean" messages.
    static func suggestion(for type: String) -> String? {
        Suggestion.closest(to: type, among: all.map(\.type))
    }
}
