import Foundation
import LizaAPI
import TUIKit

/// The Records pane's small modals.
enum RecordsFormsView {
    static func renderPicker(_ p: ObjectPickerState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let options = p.visible
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: 56, height: min(18, options.count + 6)))
        let inner = Draw.box(&buffer, rect, title: "Category / object type", footer: "type to filter · enter show · esc close",
                             focused: true, theme: theme, clear: true)
        buffer.write("›", at: Point(x: inner.x, y: inner.y), style: theme[.primary])
        Draw.field(&buffer, p.input, in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 3, height: 1), focused: true, theme: theme,
                   placeholder: "")
        var y = inner.y + 1
        if let e = p.error {
            buffer.write("✗ " + e, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
            y += 1
        }
        if options.isEmpty {
            buffer.write("not in the catalog: enter uses \"\(p.input.text)\" as typed (category/object)",
                         in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.muted])
            return
        }
        let page = max(1, inner.maxY - y)
        var cursor = p.cursor
        cursor.clamp(count: options.count, page: page)
        for i in 0..<page {
            let n = cursor.offset + i
            guard n < options.count else { break }
            let o = options[n]
            let selected = n == cursor.index
            let style = selected ? theme[.selection] : theme[.text]
            if selected { buffer.fill(Rect(x: inner.x, y: y + i, width: inner.width, height: 1), with: Cell(style: style)) }
            let current = o.category == state.records.category && o.objectType == state.records.objectType
            Draw.segments(&buffer, [(current ? "● " : "  ", selected ? style : theme[.accent]), ("\(o.category.rawValue)/", selected ? style : theme[.muted]),
                                    (o.objectType, style), (o.isLookup ? "  (lookup)" : "", selected ? style : theme[.muted])],
                          at: Point(x: inner.x + 1, y: y + i), maxWidth: inner.width - 2)
        }
    }

    static func renderQuery(_ f: QueryFormState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: 70, height: 11))
        let inner = Draw.box(&buffer, rect, title: "Query records", footer: "tab next · enter apply · esc close", focused: true, theme: theme, clear: true)
        var y = inner.y + 1
        let fields: [(QueryFormState.Field, TextFieldState, String)] = [
            (.query, f.query, "name, email or subject (server-side)"),
            (.updatedSince, f.updatedSince, "ISO 8601, e.g. 2025-01-31T00:00:00Z"),
            (.pageSize, f.pageSize, "1–100"),
        ]
        for (field, input, placeholder) in fields {
            y += ModalView.fieldRow(&buffer, label: field.label, input: input, at: y, in: inner, labelWidth: 16,
                                    focused: f.field == field, error: f.errors[field], theme: theme, placeholder: placeholder)
        }
        buffer.write("Empty fields are not sent. / filters what is already loaded.",
                     in: Rect(x: inner.x + 1, y: min(inner.maxY - 1, y + 1), width: inner.width - 2, height: 1), style: theme[.muted])
    }

    static func renderLookup(_ f: LookupFormState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: 70, height: f.fields.count + 6))
        let inner = Draw.box(&buffer, rect, title: "Look up \(f.category.rawValue)/\(f.objectType)", footer: "tab next · enter look up · esc close",
                             focused: true, theme: theme, clear: true)
        var y = inner.y + 1
        for (i, name) in f.fields.enumerated() where y < inner.maxY {
            y += ModalView.fieldRow(&buffer, label: name, input: f.inputs[i], at: y, in: inner, labelWidth: 14,
                                    focused: f.field == i, error: nil, theme: theme)
        }
        if let e = f.error, y < inner.maxY {
            buffer.write("✗ " + e, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
        }
    }
}
