import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Integrations pane: moving, and `enter`/`c` to open the connect form.
enum IntegrationsUpdate {
    /// Handles pane commands; nil hands the command to the global ones.
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect]? {
        let page = LayoutPlan(size: s.size, focus: s.focus).listRows(.integrations)
        if AppUpdate.move(&s.integrations.cursor, command, count: s.integrations.visible.count, page: page) { return [] }
        switch command {
        case .connect, .select:
            guard let it = s.integrations.selected else {
                s.status.notice = s.integrations.load.isLoading ? "integrations are still loading" : "no integration selected"
                return []
            }
            ConnectFormState.open(&s, integrationType: it.type)
            return []
        case .inspect:
            guard let it = s.integrations.selected else { return [] }
            let json: JSONValue = it.raw.isNull
                ? .object([("type", .string(it.type)), ("name", .string(it.name)), ("categories", .array(it.categories.map { .string($0.rawValue) }))])
                : it.raw
            s.present(DocumentState(title: "Integration \(it.name)", json: JSONViewState(value: json)))
            return []
        default:
            return nil
        }
    }

    static func loaded(_ s: inout AppState, generation: Int, _ result: Result<[Integration], LizaError>) -> [Effect] {
        guard s.integrations.load.accepts(generation) else { return [] }
        switch result {
        case .success(let items):
            let selectedType = s.integrations.selected?.type
            s.integrations.items = items.sorted { $0.name.lowercased() < $1.name.lowercased() }
            s.integrations.load = .loaded
            if let selectedType, let i = s.integrations.visible.firstIndex(where: { s.integrations.items[$0].type == selectedType }) {
                s.integrations.cursor.index = i
            }
        case .failure(let e):
            s.integrations.load = .failed(e)
            if e.kind != .cancelled { s.status.error = AppUpdate.describe(e, doing: "Loading integrations") }
        }
        AppUpdate.clampAllCursors(&s)
        return []
    }
}
