import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let objectPicker = KeyContext("objectPicker", title: "Object picker", isTextEntry: true)
}

/// `t` in Records: choose the category and object type, filtered by typing.
extension ObjectPickerState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.objectPicker, [
            KeyBinding([KeyEvent(.up)], "↑", "move up", .up),
            KeyBinding([KeyEvent(.down)], "↓", "move down", .down),
            KeyBinding([KeyEvent(.enter)], "enter", "show these records", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<ObjectPickerState>(embed: AppModal.objectPicker) {
        guard case .objectPicker(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .objectPicker }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .up: cursor.move(by: -1, count: visible.count)
        case .down: cursor.move(by: 1, count: visible.count)
        case .back: disposition = .close
        case .select:
            let options = visible
            if let index = cursor.selected, options.indices.contains(index) {
                let option = options[index]
                disposition = .close
                return RecordsUpdate.select(&app, category: option.category, objectType: option.objectType)
            }
            // Not in the catalog: `category/object` or just `object` (current category).
            let typed = input.text.trimmingCharacters(in: .whitespaces)
            let parts = typed.split(separator: "/", maxSplits: 1).map(String.init)
            var category = app.records.category ?? app.records.connection?.categories.first ?? .crm
            var object = typed
            if parts.count == 2 {
                guard let parsed = Category(parsing: parts[0]) else {
                    error = "unknown category '\(parts[0])'" + (Category.suggestion(for: parts[0]).map { " — did you mean \($0.rawValue)?" } ?? "")
                    return []
                }
                category = parsed
                object = parts[1]
            }
            guard !object.isEmpty, object.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                error = "type an object name such as contact, or category/object"
                return []
            }
            disposition = .close
            return RecordsUpdate.select(&app, category: category, objectType: object.lowercased())
        default: break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if input.handle(event) {
            error = nil
            cursor = TableState(selected: 0)
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        LayoutPlan.modalRect(in: size, preferred: Size(width: 56, height: min(18, visible.count + 6)))
    }

    var footerItems: [(Command, String?)] { [(.select, "show"), (.back, "close")] }

    /// The option rows: below the input (and the error when there is one).
    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect] {
        let inner = frame.inset(by: 1)
        let first = inner.y + 1 + (error == nil ? 0 : 1)
        return [.content: Rect(x: inner.x, y: first, width: inner.width, height: max(1, inner.maxY - first))]
    }

    mutating func laidOut(_ layout: ModalLayout) {
        cursor.viewportHeight = layout.rows(.content)
        cursor.clamp(count: visible.count)
    }

    /// A click selects an option; a double click shows its records.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        let options = visible
        let first = inner.y + 1 + (error == nil ? 0 : 1)
        let index = cursor.visibleOffset(height: max(1, inner.maxY - first), count: options.count) + (point.y - first)
        guard point.y >= first, point.y < inner.maxY, options.indices.contains(index) else { return [] }
        cursor.select(index, count: options.count)
        return clickCount >= 2 ? perform(.select, app: &app, disposition: &disposition) : []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let options = visible
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Category / object type", footer: "type to filter · " + footer(app.keys),
                             focused: true, theme: theme, clear: true)
        buffer.write("›", at: Point(x: inner.x, y: inner.y), style: theme[.primary])
        Draw.field(&buffer, input, in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 3, height: 1), focused: true, theme: theme,
                   placeholder: "")
        var y = inner.y + 1
        if let error {
            buffer.write("✗ " + error, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
            y += 1
        }
        if options.isEmpty {
            buffer.write("not in the catalog: \(app.keys.key(.select, in: .objectPicker)) uses \"\(input.text)\" as typed (category/object)",
                         in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.muted])
            return
        }
        let page = max(1, inner.maxY - y)
        let offset = cursor.visibleOffset(height: page, count: options.count)
        for i in 0..<page {
            let n = offset + i
            guard n < options.count else { break }
            let option = options[n]
            let selected = n == cursor.selected
            let style = selected ? theme[.selection] : theme[.text]
            if selected { buffer.fill(Rect(x: inner.x, y: y + i, width: inner.width, height: 1), with: Cell(style: style)) }
            let current = option.category == app.records.category && option.objectType == app.records.objectType
            Draw.segments(&buffer, [(current ? "● " : "  ", selected ? style : theme[.accent]),
                                    ("\(option.category.rawValue)/", selected ? style : theme[.muted]),
                                    (option.objectType, style), (option.isLookup ? "  (lookup)" : "", selected ? style : theme[.muted])],
                          at: Point(x: inner.x + 1, y: y + i), maxWidth: inner.width - 2)
        }
    }
}
