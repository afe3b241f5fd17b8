import LizaAPI
@testable import LizaApp
import OrderedJSON
import Synchronization

/// A LizaService over the fixtures, with switches to fail or hold requests (for the program
/// tests: errors, late responses, cancellation). Records every call.
final class FixtureService: LizaService {
    struct Controls {
        var failNext: LizaError?
        /// While set, `records` waits until `release()` (a slow page).
        var holdRecords = false
        var calls: [String] = []
        var connections: [Connection] = Fixtures.connections
        /// Object types the doctor reports as failing, with their outcome.
        var doctorFaults: [String: ProbeOutcome] = [:]
    }

    let controls = Mutex(Controls())
    private let gate = Mutex<[CheckedContinuation<Void, Never>]>([])

    var calls: [String] { controls.withLock { $0.calls } }

    func release() {
        let waiting = gate.withLock { g -> [CheckedContinuation<Void, Never>] in let w = g; g = []; return w }
        for c in waiting { c.resume() }
    }

    private func enter(_ name: String) throws(LizaError) {
        let failure = controls.withLock { c -> LizaError? in
            c.calls.append(name)
            let f = c.failNext
            c.failNext = nil
            return f
        }
        if let failure { throw failure }
    }

    func integrations() async throws(LizaError) -> [Integration] { try enter("integrations"); return Fixtures.integrations }
    func connections() async throws(LizaError) -> [Connection] { try enter("connections"); return controls.withLock { $0.connections } }
    func deleteConnection(id: String) async throws(LizaError) {
        try enter("delete \(id)")
        controls.withLock { $0.connections.removeAll { $0.id == id } }
    }
    func connect(_ request: ConnectRequest) async throws(LizaError) -> ConnectResponse {
        try enter("connect \(request.integrationType)")
        return ConnectResponse(url: "http://127.0.0.1/authorize/\(Fixtures.pendingID)?state=s", connectionID: Fixtures.pendingID)
    }
    func callback(connectionID: String) async throws(LizaError) -> CallbackResult {
        try enter("callback \(connectionID)")
        let c = Fixtures.connection(connectionID, "salesforce", [.crm], day: 6)
        return CallbackResult(connection: c, raw: c.raw)
    }
    func records(_ query: RecordQuery) async throws(LizaError) -> RecordPage {
        try enter("records \(query.objectType) \(query.offset)")
        if controls.withLock({ $0.holdRecords }) {
            await withCheckedContinuation { c in gate.withLock { $0.append(c) } }
        }
        let page = Fixtures.page(offset: query.offset, limit: query.limit)
        guard query.objectType != "contact" else { return page }
        // Other objects get their own ids, so a late contact page would be visible as such.
        var other = page
        other.records = page.records.enumerated().map { i, _ in
            .object([("id", .string("\(query.objectType.prefix(2))_\(query.offset + i + 1)")), ("name", .string("Object \(query.offset + i + 1)"))])
        }
        return other
    }
    func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String]) async throws(LizaError) -> JSONValue {
        try enter("lookup")
        return .object([("name", .string("Ada"))])
    }
    func passthrough(connectionID: String, _ request: PassthroughRequest) async throws(LizaError) -> PassthroughResponse {
        try enter("passthrough \(request.method.rawValue) \(request.path)")
        return PassthroughResponse(status: 200, contentType: "text/plain", body: .text("ok"), bytes: Array("ok".utf8), duration: 0.001)
    }
    func diagnose(_ connection: Connection) async -> [ObjectProbe] {
        _ = try? enter("diagnose \(connection.id)")
        let faults = controls.withLock { $0.doctorFaults }
        return ConnectionDoctor.plan(for: connection).map {
            ObjectProbe(category: $0.category, objectType: $0.name, outcome: faults[$0.name] ?? .ok, milliseconds: 12)
        }
    }
}
