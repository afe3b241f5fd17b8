import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let columnChooser = KeyContext("columnChooser", title: "Columns")
}

/// `C` in Records: show/hide, reorder, pin the first shown column.
extension ColumnChooserState: ModalComponent {
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.columnChooser, [
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "move up", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "move down", .down),
            KeyBinding([.char(" ")], "space", "show / hide the column", .toggle, hint: true, short: "show/hide"),
            KeyBinding([.char("K"), .char("-")], "K/-", "move the column up (earlier in the table)", .moveUp, hint: true, short: "up"),
            KeyBinding([.char("J"), .char("+")], "J/+", "move the column down (later in the table)", .moveDown, hint: true, short: "down"),
            KeyBinding([.char("p")], "p", "pin the first shown column (stays while scrolling sideways)", .pinColumn, hint: true, short: "pin"),
            KeyBinding([KeyEvent(.enter)], "enter", "keep these columns (remembered for this connection and object)", .select, hint: true, short: "keep"),
            KeyBinding([KeyEvent(.escape)], "esc", "close without changes", .back, hint: true, short: "cancel"),
        ]),
    ]

    static let modalCase = ModalCase<ColumnChooserState>(embed: AppModal.columnChooser) {
        guard case .columnChooser(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .columnChooser }

    /// Opens the chooser on the Records table's columns.
    static func open(_ app: inout AppState) -> [Effect] {
        let r = app.records
        guard r.connection != nil else { return RecordsUpdate.needConnection(&app) }
        guard !r.columns.isEmpty else {
            app.status.notice = "no columns yet: load some records first"
            return []
        }
        app.present(ColumnChooserState(objectType: r.objectType, columns: r.columns, layout: r.layout))
        return []
    }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .up: cursor.move(by: -1, count: columns.count)
        case .down: cursor.move(by: 1, count: columns.count)
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .toggle:
            guard let i = cursor.selected, columns.indices.contains(i) else { return [] }
            let column = columns[i]
            if hidden.contains(column) {
                hidden.remove(column)
            } else if hidden.count + 1 < columns.count {
                hidden.insert(column)
            } else {
                app.status.notice = "one column at least stays shown"
            }
        case .pinColumn: pinned.toggle()
        case .select:
            disposition = .close
            let edited = layout(dataOrder: app.records.columns)
            let effects = app.records.changeLayout { $0 = edited }
            app.status.notice = "\(app.records.shownColumns.count) of \(columns.count) columns shown" + (pinned ? ", the first pinned" : "")
            return effects
        case .back: disposition = .close
        default: break
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        LayoutPlan.modalRect(in: size, preferred: Size(width: 60, height: min(columns.count, 20) + 5))
    }

    mutating func laidOut(_ layout: ModalLayout) {
        cursor.viewportHeight = max(1, layout.frame.height - 5)
        cursor.clamp(count: columns.count)
    }

    var footerItems: [(Command, String?)] { [(.toggle, "show/hide"), (.moveUp, "up"), (.moveDown, "down"), (.pinColumn, "pin"), (.select, "keep")] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Columns of \(objectType)", footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        guard inner.height > 2 else { return }
        let firstShown = columns.first { !hidden.contains($0) }
        buffer.write("\(columns.count - hidden.count) of \(columns.count) shown" + (pinned ? " · first pinned" : ""),
                     in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1), style: theme[.muted])
        let top = inner.y + 2
        let page = max(1, inner.maxY - top)
        let offset = cursor.visibleOffset(height: page, count: columns.count)
        for row in 0..<page where offset + row < columns.count {
            let i = offset + row
            let column = columns[i]
            let shown = !hidden.contains(column)
            var text = (shown ? "[x] " : "[ ] ") + column
            if pinned && column == firstShown { text += "  (pinned)" }
            if let width = widths[column] { text += "  width \(width)" }
            let style = i == cursor.selected ? theme[.selection] : (shown ? theme[.text] : theme[.muted])
            buffer.write(text, in: Rect(x: inner.x + 1, y: top + row, width: inner.width - 2, height: 1), style: style)
        }
    }
}
