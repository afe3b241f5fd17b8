import Foundation
import LizaAPI

/// One API request as an effect value: the running request it replaces (`id`), its generation,
/// what it asks (`parameters`: two requests are equal when these three are, so tests compare
/// effects), and how it runs — the call, and the actions its answers become.
///
/// The owner of a request builds it with a factory beside the handler that takes the answer
/// (`Effect.connect(_:generation:)` and `Action.connected(generation:_:)` in
/// `ConnectFormState+Requests.swift`), so a new request touches neither `Effect`, `Action`,
/// `EffectRunner` nor `AppUpdate`.
struct ServiceRequest: Hashable, Sendable {
    let id: EffectID
    let generation: Int
    let parameters: any Hashable & Sendable
    /// Calls the service (nil when none is configured) and sends its answers as actions.
    let run: @Sendable (_ service: (any LizaService)?, _ send: @escaping @Sendable (Action) -> Void) async -> Void
    /// What the request changes on the server (`DELETE connection …`), nil for a read:
    /// read-only mode (`ReadOnlyGate`) refuses a write before it runs, answering `failed`.
    var write: String?
    /// The action a failure of this request becomes (set by `call`), for a refusal before it runs.
    var failed: (@Sendable (LizaError) -> Action)?

    init<Parameters: Hashable & Sendable>(
        _ id: EffectID, generation: Int, parameters: Parameters,
        run: @escaping @Sendable (_ service: (any LizaService)?, _ send: @escaping @Sendable (Action) -> Void) async -> Void
    ) {
        self.id = id
        self.generation = generation
        self.parameters = parameters
        self.run = run
    }

    /// A request with one answer: `call` on the service; `answer` turns its result into the action.
    /// `write` describes what it changes on the server (nil for a read; see `write`).
    static func call<Parameters: Hashable & Sendable, Value: Sendable>(
        _ id: EffectID, generation: Int, parameters: Parameters, write: String? = nil,
        _ call: @escaping @Sendable (any LizaService) async throws(LizaError) -> Value,
        answer: @escaping @Sendable (Result<Value, LizaError>) -> Action
    ) -> ServiceRequest {
        var request = ServiceRequest(id, generation: generation, parameters: parameters) { service, send in
            guard let service else { return send(answer(.failure(noService))) }
            do throws(LizaError) { send(answer(.success(try await call(service)))) } catch { send(answer(.failure(error))) }
        }
        request.write = write
        request.failed = { answer(.failure($0)) }
        return request
    }

    /// The failure of a request made before any API is configured.
    static let noService = LizaError(kind: .configuration, message: "no API configured (set LIZA_TOKEN, run liza login, or start the demo)")

    static func == (a: ServiceRequest, b: ServiceRequest) -> Bool {
        a.id == b.id && a.generation == b.generation && AnyHashable(a.parameters) == AnyHashable(b.parameters)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(generation)
        hasher.combine(AnyHashable(parameters))
    }
}
