import Foundation
import LizaAPI

/// The passthrough form's request and its answer, for `PassthroughState`.
extension Effect {
    static func passthrough(connectionID: String, _ request: PassthroughRequest, generation: Int) -> Effect {
        .request(.call(.passthrough, generation: generation, parameters: Parameters(connectionID: connectionID, request: request),
                       write: request.method.isReadOnly ? nil : "passthrough \(request.method.rawValue) \(request.path)",
                       { service async throws(LizaError) in try await service.passthrough(connectionID: connectionID, request) },
                       answer: { .passthroughAnswered(generation: generation, $0) }))
    }

    /// What a passthrough request asks, for equality.
    private struct Parameters: Hashable, Sendable {
        let connectionID: String
        let request: PassthroughRequest
    }
}

extension Action {
    static func passthroughAnswered(generation: Int, _ result: Result<PassthroughResponse, LizaError>) -> Action {
        .answered(ServiceAnswer(.passthrough, generation: generation, result) { state in
            PassthroughState.answered(&state, generation: generation, result)
        })
    }
}
