import Foundation
import LizaAPI

/// The connect form's request (`POST /connect`) and its answer, for `ConnectFormState`.
extension Effect {
    static func connect(_ request: ConnectRequest, generation: Int) -> Effect {
        .request(.call(.connect, generation: generation, parameters: request, write: "POST /connect (\(request.integrationType))",
                       { service async throws(LizaError) in try await service.connect(request) },
                       answer: { .connected(generation: generation, $0) }))
    }
}

extension Action {
    static func connected(generation: Int, _ result: Result<ConnectResponse, LizaError>) -> Action {
        .answered(ServiceAnswer(.connect, generation: generation, result) { state in
            ConnectFormState.connected(&state, generation: generation, result)
        })
    }
}
