import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let callbackForm = KeyContext("callbackForm", title: "Finalize (callback)", isTextEntry: true)
}

/// Finalizing a connection (POST /callback) from the callback form; `finalized` also answers the
/// authorize step.
extension CallbackState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.callbackForm, [
            KeyBinding([KeyEvent(.enter)], "enter", "finalize", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "close; cancels a finalize in flight", .back, hint: true, short: "close"),
        ]),
    ]

    static let modalCase = ModalCase<CallbackState>(embed: AppModal.callback) {
        guard case .callback(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .callbackForm }

    var loadingLabel: String? { finalize.isLoading ? "finalizing" : nil }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .back:
            // While finalizing, esc cancels the request (the form stays); else it closes.
            if finalize.isLoading {
                finalize = .idle
                app.status.notice = "cancelled"
                return [.cancel(.finalize)]
            }
            disposition = .close
            return []
        case .select:
            if result != nil {
                disposition = .close
                return []
            }
            if finalize.isLoading { return [] }
            let id = connectionID.text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                error = "the connection id is required"
                return []
            }
            let generation = app.nextGeneration()
            finalize = .loading(generation: generation)
            error = nil
            return [.finalize(connectionID: id, generation: generation)]
        default:
            return []
        }
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if result == nil { connectionID.handle(event) }
        return []
    }

    /// The answer to a finalize, for the authorize step or the callback form that asked.
    static func finalized(_ app: inout AppState, generation: Int, _ result: Result<CallbackResult, LizaError>) -> [Effect] {
        if let effects = app.withModal(AuthorizeState.modalCase, where: { $0.finalize.accepts(generation) }, { auth, app, _ in
            auth.finalized(result, app: &app)
        }) {
            return effects
        }
        return app.withModal(CallbackState.modalCase, where: { $0.finalize.accepts(generation) }) { form, app, _ in
            switch result {
            case .success(let answer):
                form.finalize = .loaded
                form.result = answer
                form.error = nil
                return AppUpdate.reloadConnections(&app)
            case .failure(let error):
                form.finalize = .failed(error)
                form.error = error.description
                return []
            }
        } ?? []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.modalRect(in: size, preferred: Size(width: 72, height: 10)) }

    var footerItems: [(Command, String?)] { result == nil ? [(.select, nil), (.back, nil)] : [(.select, "close")] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Finalize a connection", footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        ModalView.fieldRow(&buffer, label: "Connection id", input: connectionID, at: inner.y + 1, in: inner, labelWidth: 14,
                           focused: result == nil, error: nil, theme: theme)
        var y = inner.y + 3
        if finalize.isLoading {
            buffer.write("\(Draw.spinner(app.status.spinnerFrame)) finalizing…", at: Point(x: inner.x + 1, y: y), style: theme[.accent])
        }
        if let result {
            let connection = result.connection
            let text = "✓ finalized" + (connection.map { ": \($0.integrationType) \($0.id) is \($0.status ?? "active")" } ?? "")
            for line in Draw.wrap(text, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y), style: theme[.success], maxWidth: inner.width - 2)
                y += 1
            }
        }
        if let error {
            for line in Draw.wrap(error, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y), style: result == nil && finalize != .idle ? theme[.error] : theme[.muted],
                             maxWidth: inner.width - 2)
                y += 1
            }
        }
    }
}
