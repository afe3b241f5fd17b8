import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Integrations pane: moving, and `enter`/`c` to open the connect form.
enum IntegrationsUpdate {
    /// Handles pane commands; nil hands the command to the global ones.
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect]? {
        if state.integrations.list.move(command) { return [] }
        switch command {
        case .connect, .select:
            guard let it = state.integrations.selected else {
                state.status.notice = state.integrations.load.isLoading ? "integrations are still loading" : "no integration selected"
                return []
            }
            ConnectFormState.open(&state, integrationType: it.type)
            return []
        case .inspect:
            guard let it = state.integrations.selected else { return [] }
            let json: JSONValue = it.raw.isNull
                ? .object([("type", .string(it.type)), ("name", .string(it.name)), ("categories", .array(it.categories.map { .string($0.rawValue) }))])
                : it.raw
            state.present(DocumentState(title: "Integration \(it.name)", json: JSONViewState(value: json)))
            return []
        default:
            return nil
        }
    }

    static func loaded(_ state: inout AppState, generation: Int, _ result: Result<[Integration], LizaError>) -> [Effect] {
        guard state.integrations.load.accepts(generation) else { return [] }
        switch result {
        case .success(let items):
            let selectedType = state.integrations.selected?.type
            state.integrations.list.editSource { $0.replace(items.sorted { $0.name.lowercased() < $1.name.lowercased() }) }
            state.integrations.load = .loaded
            if let selectedType { state.integrations.list.select(firstWhere: { $0.type == selectedType }) }
        case .failure(let e):
            state.integrations.load = .failed(e)
            if e.kind != .cancelled { state.status.error = AppUpdate.describe(e, doing: "Loading integrations") }
        }
        return []
    }
}
