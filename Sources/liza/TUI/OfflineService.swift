import Foundation
import LizaAPI
import LizaApp
import LizaStore
import OrderedJSON

/// `liza --offline`: the API seen through the persisted record store, with no network. The
/// connections are the ones the store holds records of; every call that would reach the API
/// fails saying so (the Records pane reads the store itself, through `RecordStoring`).
struct OfflineService: LizaService {
    let store: RecordStore

    static let unavailable = LizaError(kind: .network, message: "offline (liza --offline): nothing is fetched; start liza without --offline to reach the API")

    func integrations() async throws(LizaError) -> [Integration] { [] }

    func connections() async throws(LizaError) -> [Connection] {
        let summaries: [CollectionSummary]
        do { summaries = try await store.summaries() } catch {
            throw LizaError(kind: .configuration, message: "reading the record store: \(error.description)")
        }
        var order: [String] = []
        var categories: [String: [Category]] = [:]
        for summary in summaries {
            if categories[summary.key.connectionID] == nil { order.append(summary.key.connectionID) }
            if let category = Category(rawValue: summary.key.category), !(categories[summary.key.connectionID] ?? []).contains(category) {
                categories[summary.key.connectionID, default: []].append(category)
            }
        }
        return order.map { Connection(id: $0, integrationType: "stored", categories: categories[$0] ?? [], status: "offline") }
    }

    func deleteConnection(id: String) async throws(LizaError) { throw Self.unavailable }
    func connect(_ request: ConnectRequest) async throws(LizaError) -> ConnectResponse { throw Self.unavailable }
    func callback(connectionID: String) async throws(LizaError) -> CallbackResult { throw Self.unavailable }
    func records(_ query: RecordQuery) async throws(LizaError) -> RecordPage { throw Self.unavailable }
    func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String]) async throws(LizaError) -> JSONValue {
        throw Self.unavailable
    }
    func passthrough(connectionID: String, _ request: PassthroughRequest) async throws(LizaError) -> PassthroughResponse { throw Self.unavailable }
    func diagnose(_ connection: Connection) async -> [ObjectProbe] { [] }
}
