import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let queryForm = KeyContext("queryForm", title: "Record query", isTextEntry: true)
}

/// `s` / `u` / `z` in Records: server-side search, updated-since and page size.
extension QueryFormState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.queryForm, [
            KeyBinding([KeyEvent(.tab), KeyEvent(.down)], "tab", "next field", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab), KeyEvent(.up)], "shift-tab", "previous field", .previousField),
            KeyBinding([KeyEvent(.enter)], "enter", "apply", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<QueryFormState>(embed: AppModal.queryForm) {
        guard case .queryForm(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .queryForm }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .nextField: field = Field(rawValue: (field.rawValue + 1) % 3) ?? .query
        case .previousField: field = Field(rawValue: (field.rawValue + 2) % 3) ?? .query
        case .back: disposition = .close
        case .select:
            errors = [:]
            let search = query.text.trimmingCharacters(in: .whitespaces)
            let since = updatedSince.text.trimmingCharacters(in: .whitespaces)
            let size = Int(pageSize.text.trimmingCharacters(in: .whitespaces))
            if !since.isEmpty, !CompactDate.isISO8601(since) {
                errors[.updatedSince] = "use ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00Z"
            }
            if size == nil || !(1...100).contains(size ?? 0) {
                errors[.pageSize] = "a number from 1 to 100"
            }
            if let first = Field.allCases.first(where: { errors[$0] != nil }) {
                field = first
                return []
            }
            disposition = .close
            app.records.query = search.isEmpty ? nil : search
            app.records.updatedSince = since.isEmpty ? nil : since
            app.records.pageSize = size ?? 50
            return RecordsUpdate.reload(&app)
        default: break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch field {
        case .query: query.handle(event)
        case .updatedSince: updatedSince.handle(event)
        case .pageSize: pageSize.handle(event)
        }
        errors[field] = nil
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.modalRect(in: size, preferred: Size(width: 70, height: 11)) }

    var footerItems: [(Command, String?)] { [(.nextField, "next"), (.select, "apply"), (.back, "close")] }

    /// A click on a field's row focuses it.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        var y = frame.inset(by: 1).y + 1
        for each in Field.allCases {
            if point.y == y { field = each }
            y += errors[each] == nil ? 1 : 2
        }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Query records", footer: footer(app.keys), focused: true, theme: theme, clear: true)
        var y = inner.y + 1
        let fields: [(Field, TextFieldState, String)] = [
            (.query, query, "name, email or subject (server-side)"),
            (.updatedSince, updatedSince, "ISO 8601, e.g. 2025-01-31T00:00:00Z"),
            (.pageSize, pageSize, "1–100"),
        ]
        for (field, input, placeholder) in fields {
            y += ModalView.fieldRow(&buffer, label: field.label, input: input, at: y, in: inner, labelWidth: 16,
                                    focused: self.field == field, error: errors[field], theme: theme, placeholder: placeholder)
        }
        buffer.write("Empty fields are not sent. \(app.keys.key(.filter, in: .global)) filters what is already loaded.",
                     in: Rect(x: inner.x + 1, y: min(inner.maxY - 1, y + 1), width: inner.width - 2, height: 1), style: theme[.muted])
    }
}
