import Foundation
import LizaAPI

/// The integrations list's request (`GET /integrations`) and its answer, for `IntegrationsUpdate`.
extension Effect {
    static func loadIntegrations(generation: Int) -> Effect {
        .request(.call(.integrations, generation: generation, parameters: "integrations",
                       { service async throws(LizaError) in try await service.integrations() },
                       answer: { .integrationsLoaded(generation: generation, $0) }))
    }
}

extension Action {
    static func integrationsLoaded(generation: Int, _ result: Result<[Integration], LizaError>) -> Action {
        .answered(ServiceAnswer(.integrations, generation: generation, result) { state in
            // A palette command may have waited for the list (`:connect hub…`).
            IntegrationsUpdate.loaded(&state, generation: generation, result) + PaletteState.runPending(&state)
        })
    }
}
