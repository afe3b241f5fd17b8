import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import TUIKit

/// Deterministic data shaped like the sandbox's (fixed ids and timestamps, no "now").
enum Fixtures {
    static let hubspotID = "6f1c2a9e-4b7d-4c1a-9e3f-0a1b2c3d4e5f"
    static let zendeskID = "7a2d3b0f-5c8e-4d2b-8f40-1b2c3d4e5f60"
    static let calendarID = "8b3e4c1a-6d9f-4e3c-9a51-2c3d4e5f6071"
    static let driveID = "9c4f5d2b-7e0a-4f4d-8b62-3d4e5f607182"
    static let clearbitID = "ad506e3c-8f1b-4a5e-9c73-4e5f60718293"
    static let pendingID = "be617f4d-902c-4b6f-8d84-5f6071829304"

    static func integration(_ type: String, _ name: String, _ cats: [Category]) -> Integration {
        Integration(type: type, name: name, categories: cats, raw: .object([
            ("type", .string(type)), ("name", .string(name)), ("categories", .array(cats.map { .string($0.rawValue) })),
        ]))
    }

    static let integrations: [Integration] = [
        integration("hubspot", "HubSpot", [.crm, .marketing]),
        integration("zendesk", "Zendesk", [.ticketing]),
        integration("googlecalendar", "Google Calendar", [.calendar]),
        integration("googledrive", "Google Drive", [.storage]),
        integration("salesforce", "Salesforce", [.crm]),
        integration("clearbit", "Clearbit", [.enrichment]),
        integration("slack", "Slack", [.messaging]),
    ]

    static func connection(_ id: String, _ type: String, _ cats: [Category], status: String = "active", day: Int) -> Connection {
        let created = String(format: "2025-0%d-1%dT09:%02d:00.000Z", 1 + day % 8, day % 10, day)
        let updated = String(format: "2025-0%d-2%dT17:%02d:00.000Z", 1 + day % 8, day % 10, day)
        let raw: JSONValue = .object([
            ("id", .string(id)), ("integration_type", .string(type)), ("status", .string(status)),
            ("categories", .array(cats.map { .string($0.rawValue) })), ("created_at", .string(created)), ("updated_at", .string(updated)),
            ("last_healthy_at", .string("2025-09-01T08:00:00.000Z")),
        ])
        return Connection(id: id, integrationType: type, categories: cats, status: status, createdAt: created, updatedAt: updated,
                          lastHealthyAt: "2025-09-01T08:00:00.000Z", raw: raw)
    }

    static let connections: [Connection] = [
        connection(hubspotID, "hubspot", [.crm], day: 1),
        connection(zendeskID, "zendesk", [.ticketing], day: 2),
        connection(calendarID, "googlecalendar", [.calendar], day: 3),
        connection(driveID, "googledrive", [.storage], day: 4),
        connection(clearbitID, "clearbit", [.enrichment], day: 5),
    ]

    static let pending = connection(pendingID, "salesforce", [.crm], status: "pending", day: 6)

    static let firstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Radia", "Linus"]
    static let lastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Perlman", "Torvalds"]

    /// Contact `i` (0-based), shaped like the sandbox's CRM contacts.
    static func contact(_ i: Int) -> JSONValue {
        let first = firstNames[i % 10], last = lastNames[(i / 10) % 10]
        return .object([
            ("id", .string(String(format: "ct_%04d", i + 1))),
            ("name", .string("\(first) \(last)")),
            ("first_name", .string(first)), ("last_name", .string(last)),
            ("title", .string(["Engineer", "CTO", "Analyst", "Manager"][i % 4])),
            ("company", .string(["Acme", "Globex", "Initech", "Umbrella", "Hooli"][i % 5])),
            ("emails", .array([.object([("email", .string("\(first.lowercased()).\(last.lowercased())\(i)@example.com")), ("type", .string("WORK"))])])),
            ("telephones", .array([.object([("telephone", .string(String(format: "+1 555 01%02d", i % 100))), ("type", .string("WORK"))])])),
            ("address", .object([("city", .string(["Paris", "Berlin", "Lisbon"][i % 3])), ("country", .string("FR"))])),
            ("created_at", .string(String(format: "2025-03-%02dT10:%02d:00.000Z", 1 + i % 28, i % 60))),
            ("updated_at", .string(String(format: "2025-06-%02dT15:%02d:00.000Z", 1 + i % 28, i % 60))),
        ])
    }

    static let contactCount = 250

    static func page(offset: Int, limit: Int, total: Int = contactCount) -> RecordPage {
        let end = min(total, offset + limit)
        let records = offset < end ? (offset..<end).map(contact) : []
        return RecordPage(records: records, offset: offset, limit: limit, total: nil, hasMore: end < total)
    }

    static let session = SessionInfo(host: "127.0.0.1:8080", profile: "default", isDemo: true, tokenSource: "demo", tokenLast4: "demo")

    /// A main-screen state with both lists loaded, at `size`.
    static func loadedState(size: Size = Size(width: 120, height: 40)) -> AppState {
        var s = AppState(size: size, session: session, themeNames: ["default", "nord", "solarized"])
        _ = ProgramStep.start(&s)
        let gi: Int, gc: Int
        if case .loading(let g) = s.integrations.load { gi = g } else { gi = -1 }
        if case .loading(let g) = s.connections.load { gc = g } else { gc = -1 }
        _ = ProgramStep.run(&s, .integrationsLoaded(generation: gi, .success(integrations)))
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: gc, .success(connections + [pending])))
        settle(&s)
        return s
    }

    /// `loadedState` with the hubspot contacts' first page loaded in the Records pane.
    static func recordsState(size: Size = Size(width: 120, height: 40)) -> AppState {
        var s = loadedState(size: size)
        s.focus = .connections
        _ = ProgramStep.run(&s, .key(KeyEvent(.enter)))
        let g = generation(of: s.records.load)
        _ = ProgramStep.run(&s, .recordsLoaded(generation: g, .success(page(offset: 0, limit: 50))))
        settle(&s)
        return s
    }

    /// Delivers the pending tick, as the runner would, so the state is idle.
    static func settle(_ s: inout AppState) {
        if s.tickScheduled { _ = ProgramStep.run(&s, .tick(elapsed: 0.1)) }
    }

    static func generation(of load: LoadState) -> Int {
        if case .loading(let g) = load { return g }
        return -1
    }
}

extension AppState {
    /// Feeds key presses through update; returns all effects.
    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { ProgramStep.run(&self, .key($0)) }
    }

    /// Types text character by character.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { ProgramStep.run(&self, .key(.char($0))) }
    }

    var topModal: AppModal? { modals.last }

    /// The context of the help overlay on top, if that is what is on top.
    var helpContext: KeyContext? {
        if case .help(let help)? = modals.last { return help.context }
        return nil
    }
}

extension KeyEvent {
    static let enter = KeyEvent(.enter)
    static let esc = KeyEvent(.escape)
    static let tab = KeyEvent(.tab)
    static let down = KeyEvent(.down)
    static let up = KeyEvent(.up)
}
