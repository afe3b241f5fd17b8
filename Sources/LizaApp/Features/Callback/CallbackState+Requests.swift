import Foundation
import LizaAPI

/// Finalizing a connection (`POST /callback`, from the authorize step or the callback form) and
/// its answer, for `CallbackState`.
extension Effect {
    static func finalize(connectionID: String, generation: Int) -> Effect {
        .request(.call(.finalize, generation: generation, parameters: connectionID, write: "POST /callback for \(connectionID)",
                       { service async throws(LizaError) in try await service.callback(connectionID: connectionID) },
                       answer: { .finalized(generation: generation, $0) }))
    }
}

extension Action {
    static func finalized(generation: Int, _ result: Result<CallbackResult, LizaError>) -> Action {
        .answered(ServiceAnswer(.finalize, generation: generation, result) { state in
            CallbackState.finalized(&state, generation: generation, result)
        })
    }
}
