import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Connections pane: open records, inspect, passthrough, finalize, delete.
enum ConnectionsUpdate {
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect]? {
        if state.connections.list.move(command) { return [] }
        if command == .connect {
            ConnectFormState.open(&state, integrationType: "")
            return []
        }
        guard [.select, .inspect, .passthrough, .finalize, .delete, .doctor, .relink].contains(command) else { return nil }
        guard let c = state.connections.selected else {
            state.status.notice = state.connections.load.isLoading ? "connections are still loading" : "no connection selected"
            return []
        }
        switch command {
        case .select:
            return RecordsUpdate.open(&state, connection: c, category: nil, objectType: nil)
        case .inspect:
            state.present(DocumentState(title: "Connection \(c.integrationType) \(c.id)", json: JSONViewState(value: json(of: c))))
        case .passthrough:
            PassthroughState.open(&state, connection: c)
        case .finalize:
            var form = CallbackState(connectionID: c.id)
            if !c.isPending { form.error = "This connection is already \(c.status ?? "active"); finalizing again is harmless." }
            state.present(form)
        case .doctor:
            return DoctorState.open(&state, connection: c)
        case .relink:
            return ConnectFormState.relink(&state, connection: c)
        case .delete:
            var confirm = ConfirmState(
                title: "Delete connection",
                message: "Delete the \(c.integrationName ?? c.integrationType) connection \(c.id)"
                    + (c.categories.isEmpty ? "" : " (\(c.categories.map(\.rawValue).joined(separator: ", ")))")
                    + "? This cannot be undone.",
                confirmLabel: "delete", intent: .deleteConnection(id: c.id))
            // What goes, so the right one is deleted.
            confirm.preview = [
                .plain("integration  \(c.integrationName.map { "\($0) (\(c.integrationType))" } ?? c.integrationType)"),
                .plain("categories   \(c.categories.isEmpty ? "none" : c.categories.map(\.rawValue).joined(separator: ", "))"),
                .plain("created      \(c.createdAt ?? "unknown")"),
                .plain("health       \(c.health ?? c.status ?? "unknown")"
                       + (c.lastUnhealthyCode.map { " (last problem: \($0))" } ?? "")),
            ]
            state.present(confirm)
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

    static func loaded(_ state: inout AppState, generation: Int, _ result: Result<[Connection], LizaError>) -> [Effect] {
        guard state.connections.load.accepts(generation) else { return [] }
        switch result {
        case .success(let items):
            let selectedID = state.connections.selected?.id
            state.connections.list.editSource { $0.replace(items) }
            state.connections.load = .loaded
            if let selectedID { state.connections.list.select(firstWhere: { $0.id == selectedID }) }
            // Keep the Records pane's connection fresh (status may have changed).
            if let open = state.records.connection, let fresh = items.first(where: { $0.id == open.id }) {
                state.records.connection = fresh
            }
        case .failure(let e):
            state.connections.load = .failed(e)
            if e.kind != .cancelled { state.status.error = AppUpdate.describe(e, doing: "Loading connections") }
        }
        return []
    }

    /// Starts deleting after the confirm modal said yes.
    static func startDelete(_ state: inout AppState, id: String) -> [Effect] {
        let generation = state.nextGeneration()
        state.connections.deleting = .loading(generation: generation)
        return [.deleteConnection(id: id, generation: generation)]
    }

    static func deleted(_ state: inout AppState, id: String, generation: Int, _ result: Result<String, LizaError>) -> [Effect] {
        guard state.connections.deleting.accepts(generation) else { return [] }
        switch result {
        case .success:
            state.connections.deleting = .loaded
            let name = state.connections.items.first(where: { $0.id == id })?.integrationType ?? "connection"
            state.connections.list.editSource { $0.edit { $0.removeAll { $0.id == id } } }
            state.status.notice = "deleted \(name) \(ShortID.of(id))"
            if state.records.connection?.id == id {
                state.records = RecordsState()
            }
            return AppUpdate.reloadConnections(&state)
        case .failure(let e):
            state.connections.deleting = .failed(e)
            state.status.error = AppUpdate.describe(e, doing: "Deleting \(ShortID.of(id))")
            return []
        }
    }
}
