import Foundation
import LizaAPI

/// Work on the local record store as an effect value, like `ServiceRequest` for the API: the
/// running one it replaces (`id`), its generation, what it asks (`parameters`, for equality in
/// tests), and how it runs — with the store, and the API service when it also fetches (a sync).
struct StoreRequest: Hashable, Sendable {
    let id: EffectID
    let generation: Int
    let parameters: any Hashable & Sendable
    let run: @Sendable (_ store: any RecordStoring, _ service: (any LizaService)?, _ send: @escaping @Sendable (Action) -> Void) async -> Void

    init<Parameters: Hashable & Sendable>(
        _ id: EffectID, generation: Int, parameters: Parameters,
        run: @escaping @Sendable (_ store: any RecordStoring, _ service: (any LizaService)?, _ send: @escaping @Sendable (Action) -> Void) async -> Void
    ) {
        self.id = id
        self.generation = generation
        self.parameters = parameters
        self.run = run
    }

    static func == (a: StoreRequest, b: StoreRequest) -> Bool {
        a.id == b.id && a.generation == b.generation && AnyHashable(a.parameters) == AnyHashable(b.parameters)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(generation)
        hasher.combine(AnyHashable(parameters))
    }
}
