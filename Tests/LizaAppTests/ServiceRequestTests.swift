import Foundation
import LizaAPI
@testable import LizaApp
import Synchronization
import Testing
import TUIKit

/// Requests as values (`Effect.request`): equal when they ask the same thing, and run to the
/// answer their owner named.
@Suite struct ServiceRequestTests {
    static let query = RecordQuery(connectionID: Fixtures.hubspotID, category: .crm, objectType: "contact")

    @Test func requestsAreEqualWhenTheyAskTheSameThing() {
        #expect(Effect.loadRecords(Self.query, generation: 3) == .loadRecords(Self.query, generation: 3))
        #expect(Effect.loadRecords(Self.query, generation: 3) != .loadRecords(Self.query, generation: 4))
        var other = Self.query
        other.objectType = "company"
        #expect(Effect.loadRecords(Self.query, generation: 3) != .loadRecords(other, generation: 3))
        #expect(Effect.loadIntegrations(generation: 1) != .loadConnections(generation: 1))
        #expect(Effect.loadAllRecords(Self.query, concurrency: 4, maxRecords: 10, generation: 3).id == .records)
        #expect(Set([Effect.loadConnections(generation: 1), .loadConnections(generation: 1)]).count == 1)
    }

    @Test func answersAreEqualWhenTheirResultsAre() {
        #expect(Action.connectionsLoaded(generation: 2, .success([])) == .connectionsLoaded(generation: 2, .success([])))
        #expect(Action.connectionsLoaded(generation: 2, .success([])) != .connectionsLoaded(generation: 2, .success(Fixtures.connections)))
        #expect(Action.loadAllFinished(generation: 2, .success(1)) != .recordsLoaded(generation: 2, .failure(LizaError(kind: .server, message: "x"))))
    }

    /// The actions a request sends when run against `service`.
    func answers(_ effect: Effect, service: (any LizaService)?) async -> [Action] {
        guard case .request(let request) = effect else { return [] }
        let sent = Mutex<[Action]>([])
        await request.run(service) { action in sent.withLock { $0.append(action) } }
        return sent.withLock { $0 }
    }

    @Test func aRequestRunsToTheAnswerItsOwnerNamed() async {
        let service = FixtureService()
        #expect(await answers(.loadConnections(generation: 7), service: service) == [.connectionsLoaded(generation: 7, .success(Fixtures.connections))])
        #expect(service.calls == ["connections"])
    }

    @Test func withoutAServiceTheAnswerIsAConfigurationError() async {
        let sent = await answers(.loadIntegrations(generation: 1), service: nil)
        #expect(sent == [.integrationsLoaded(generation: 1, .failure(ServiceRequest.noService))])
        let all = await answers(.loadAllRecords(Self.query, concurrency: 2, maxRecords: 10, generation: 5), service: nil)
        #expect(all == [.loadAllFinished(generation: 5, .failure(ServiceRequest.noService))])
    }

    @Test func anAnswerAppliesItsOwnersHandler() {
        var state = Fixtures.loadedState()
        let effects = state.press(.char("2"), .char("r"))
        guard case .request(let reload)? = effects.first else { Issue.record("no reload"); return }
        _ = AppUpdate.update(&state, .connectionsLoaded(generation: reload.generation, .success(Array(Fixtures.connections.prefix(1)))))
        #expect(state.connections.items.count == 1)
    }
}
