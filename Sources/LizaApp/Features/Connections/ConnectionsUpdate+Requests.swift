import Foundation
import LizaAPI

/// The connections list's requests (list, delete) and their answers, for `ConnectionsUpdate`.
extension Effect {
    static func loadConnections(generation: Int) -> Effect {
        .request(.call(.connections, generation: generation, parameters: "connections",
                       { service async throws(LizaError) in try await service.connections() },
                       answer: { .connectionsLoaded(generation: generation, $0) }))
    }

    static func deleteConnection(id: String, generation: Int) -> Effect {
        .request(.call(.deleteConnection, generation: generation, parameters: id, write: "DELETE connection \(id)",
                       { service async throws(LizaError) in try await service.deleteConnection(id: id); return id },
                       answer: { .connectionDeleted(id: id, generation: generation, $0) }))
    }
}

extension Action {
    static func connectionsLoaded(generation: Int, _ result: Result<[Connection], LizaError>) -> Action {
        .answered(ServiceAnswer(.connections, generation: generation, result) { state in
            // A palette command may have waited for the list (`:records zendesk …`).
            ConnectionsUpdate.loaded(&state, generation: generation, result) + PaletteState.runPending(&state)
        })
    }

    static func connectionDeleted(id: String, generation: Int, _ result: Result<String, LizaError>) -> Action {
        .answered(ServiceAnswer(.deleteConnection, generation: generation, result) { state in
            ConnectionsUpdate.deleted(&state, id: id, generation: generation, result)
        })
    }
}
