import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Connections pane: open records, inspect, passthrough, finalize, delete.
enum ConnectionsUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect]? {
        let page = LayoutPlan(size: s.size, focus: s.focus).listRows(.connections)
        if AppUpdate.move(&s.connections.cursor, command, count: s.connections.visible.count, page: page) { return [] }
        if command == .connect {
            ConnectFormState.open(&s, integrationType: "")
            return []
        }
        guard [.select, .inspect, .passthrough, .finalize, .delete].contains(command) else { return nil }
        guard let c = s.connections.selected else {
            s.status.notice = s.connections.load.isLoading ? "connections are still loading" : "no connection selected"
            return []
        }
        switch command {
        case .select:
            return RecordsUpdate.open(&s, connection: c, category: nil, objectType: nil)
        case .inspect:
            s.present(DocumentState(title: "Connection \(c.integrationType) \(c.id)", json: JSONViewState(value: json(of: c))))
        case .passthrough:
            PassthroughState.open(&s, connection: c)
        case .finalize:
            var form = CallbackState(connectionID: c.id)
            if !c.isPending { form.error = "This connection is already \(c.status ?? "active"); finalizing again is harmless." }
            s.present(form)
        case .delete:
            s.present(ConfirmState(
                title: "Delete connection",
                message: "Delete the \(c.integrationName ?? c.integrationType) connection \(c.id)"
                    + (c.categories.isEmpty ? "" : " (\(c.categories.map(\.rawValue).joined(separator: ", ")))")
                    + "? This cannot be undone.",
                confirmLabel: "delete", intent: .deleteConnection(id: c.id)))
        default:
            break
        }
        return []
    }

    /// The JSON to show for a connection: as received, or rebuilt from the fields.
    static func json(of c: Connection) -> JSONValue {
        if case .object = c.raw { return c.raw }
        var pairs: [(key: String, value: JSONValue)] = [
            ("id", .string(c.id)), ("integration_type", .string(c.integrationType)),
            ("categories", .array(c.categories.map { .string($0.rawValue) })),
        ]
        if let st = c.status { pairs.append(("status", .string(st))) }
        if let d = c.createdAt { pairs.append(("created_at", .string(d))) }
        if let d = c.updatedAt { pairs.append(("updated_at", .string(d))) }
        return .object(pairs)
    }

    static func loaded(_ s: inout AppState, generation: Int, _ result: Result<[Connection], LizaError>) -> [Effect] {
        guard s.connections.load.accepts(generation) else { return [] }
        switch result {
        case .success(let items):
            let selectedID = s.connections.selected?.id
            s.connections.items = items
            s.connections.load = .loaded
            if let selectedID, let i = s.connections.visible.firstIndex(where: { s.connections.items[$0].id == selectedID }) {
                s.connections.cursor.index = i
            }
            // Keep the Records pane's connection fresh (status may have changed).
            if let open = s.records.connection, let fresh = items.first(where: { $0.id == open.id }) {
                s.records.connection = fresh
            }
        case .failure(let e):
            s.connections.load = .failed(e)
            if e.kind != .cancelled { s.status.error = AppUpdate.describe(e, doing: "Loading connections") }
        }
        AppUpdate.clampAllCursors(&s)
        return []
    }

    /// Starts deleting after the confirm modal said yes.
    static func startDelete(_ s: inout AppState, id: String) -> [Effect] {
        let g = s.nextGeneration()
        s.connections.deleting = .loading(generation: g)
        return [.deleteConnection(id: id, generation: g)]
    }

    static func deleted(_ s: inout AppState, id: String, generation: Int, _ result: Result<String, LizaError>) -> [Effect] {
        guard s.connections.deleting.accepts(generation) else { return [] }
        switch result {
        case .success:
            s.connections.deleting = .loaded
            let name = s.connections.items.first(where: { $0.id == id })?.integrationType ?? "connection"
            s.connections.items.removeAll { $0.id == id }
            s.status.notice = "deleted \(name) \(ShortID.of(id))"
            if s.records.connection?.id == id {
                s.records = RecordsState()
            }
            AppUpdate.clampAllCursors(&s)
            return AppUpdate.reloadConnections(&s)
        case .failure(let e):
            s.connections.deleting = .failed(e)
            s.status.error = AppUpdate.describe(e, doing: "Deleting \(ShortID.of(id))")
            return []
        }
    }
}
