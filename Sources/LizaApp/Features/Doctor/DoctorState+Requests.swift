import Foundation
import LizaAPI

extension EffectID {
    /// The doctor's probes of one connection; a new run (or esc) cancels the running one.
    static let doctor = EffectID("doctor")
}

/// The doctor's request (every object type of a connection probed, `ConnectionDoctor`) and its
/// answer, for `DoctorState`.
extension Effect {
    static func diagnose(_ connection: Connection, generation: Int) -> Effect {
        .request(ServiceRequest(.doctor, generation: generation, parameters: connection) { service, send in
            // With no API configured there is nothing to probe: an empty grid, not an error.
            guard let service else { return send(.diagnosed(generation: generation, [])) }
            send(.diagnosed(generation: generation, await service.diagnose(connection)))
        })
    }
}

extension Action {
    /// The probes, in plan order. Not counted as one server response (they are many, and each
    /// was already waited for), so it does not end a rate-limit countdown.
    static func diagnosed(generation: Int, _ probes: [ObjectProbe]) -> Action {
        .answered(ServiceAnswer(.doctor, generation: generation, probes, isResponse: false) { state in
            DoctorState.diagnosed(&state, generation: generation, probes)
        })
    }
}
