import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let lookupForm = KeyContext("lookupForm", title: "Lookup", isTextEntry: true)
}

/// Enrichment lookups: the fields to look up by (email, domain …).
extension LookupFormState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.lookupForm, [
            KeyBinding([KeyEvent(.tab), KeyEvent(.down)], "tab", "next field", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab), KeyEvent(.up)], "shift-tab", "previous field", .previousField),
            KeyBinding([KeyEvent(.enter)], "enter", "look up", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<LookupFormState>(embed: AppModal.lookupForm) {
        guard case .lookupForm(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .lookupForm }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        let count = max(1, fields.count)
        switch command {
        case .nextField: field = (field + 1) % count
        case .previousField: field = (field + count - 1) % count
        case .back: disposition = .close
        case .select:
            let typed = values
            guard !typed.isEmpty else {
                error = "fill in at least one of: \(fields.joined(separator: ", "))"
                return []
            }
            disposition = .close
            app.records.lookupFields = typed
            return RecordsUpdate.reload(&app)
        default: break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if inputs.indices.contains(field) { inputs[field].handle(event) }
        error = nil
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.modalRect(in: size, preferred: Size(width: 70, height: fields.count + 6)) }

    var footerItems: [(Command, String?)] { [(.nextField, "next"), (.select, "look up"), (.back, "close")] }

    /// A click on a field's row focuses it.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let index = point.y - (frame.inset(by: 1).y + 1)
        if fields.indices.contains(index) { field = index }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Look up \(category.rawValue)/\(objectType)", footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        var y = inner.y + 1
        for (i, name) in fields.enumerated() where y < inner.maxY {
            y += ModalView.fieldRow(&buffer, label: name, input: inputs[i], at: y, in: inner, labelWidth: 14,
                                    focused: field == i, error: nil, theme: theme)
        }
        if let error, y < inner.maxY {
            buffer.write("✗ " + error, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
        }
    }
}
