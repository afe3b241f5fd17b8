import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// What the TUI needs from the API. `LizaClient` conforms; tests can inject their own (e.g. one
/// that fails on demand) without any mocking framework.
public protocol LizaService: Sendable {
    func integrations() async throws(LizaError) -> [Integration]
    func connections() async throws(LizaError) -> [Connection]
    func deleteConnection(id: String) async throws(LizaError)
    func connect(_ request: ConnectRequest) async throws(LizaError) -> ConnectResponse
    func callback(connectionID: String) async throws(LizaError) -> CallbackResult
    func records(_ query: RecordQuery) async throws(LizaError) -> RecordPage
    func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String]) async throws(LizaError) -> JSONValue
    func passthrough(connectionID: String, _ request: PassthroughRequest) async throws(LizaError) -> PassthroughResponse
    /// Probes every object type of `connection` (one small read each); results in plan order.
    func diagnose(_ connection: Connection) async -> [ObjectProbe]
}

extension LizaClient: LizaService {
    public func diagnose(_ connection: Connection) async -> [ObjectProbe] {
        await ConnectionDoctor(client: self).examine(connection)
    }
}
