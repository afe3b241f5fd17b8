import Foundation
import LizaAPI

/// The answer to a `ServiceRequest`, as an action: the owner's handler ready to apply, with what
/// identifies the answer (request id, generation and result: equal answers are equal actions).
/// Built by the owner's factory (`Action.connected(generation:_:)`), never by hand.
public struct ServiceAnswer: Hashable, Sendable {
    let id: EffectID
    let generation: Int
    let result: any Hashable & Sendable
    /// True for a response from the server, which ends a rate-limit countdown shown meanwhile
    /// (false for the end of a load-all run, which is no response of its own).
    let isResponse: Bool
    /// The owner's handler: checks the generation and updates the state.
    let apply: @Sendable (inout AppState) -> [Effect]

    init<Value: Hashable & Sendable>(_ id: EffectID, generation: Int, _ result: Value, isResponse: Bool = true,
                                     apply: @escaping @Sendable (inout AppState) -> [Effect]) {
        self.id = id
        self.generation = generation
        self.result = result
        self.isResponse = isResponse
        self.apply = apply
    }

    public static func == (a: ServiceAnswer, b: ServiceAnswer) -> Bool {
        a.id == b.id && a.generation == b.generation && a.isResponse == b.isResponse && AnyHashable(a.result) == AnyHashable(b.result)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(generation)
        hasher.combine(AnyHashable(result))
    }
}
