import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

extension KeyContext {
    static let exportForm = KeyContext("exportForm", title: "Export", isTextEntry: true)
}

/// `e` in Records: rows, format and file, then the write's progress.
extension ExportState: ModalComponent {
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.exportForm, [
            KeyBinding([KeyEvent(.tab)], "tab", "complete the path from the folder's entries (next field elsewhere)", .acceptCompletion, hint: true, short: "complete"),
            KeyBinding([KeyEvent(.down)], "↓", "next field", .nextField),
            KeyBinding([KeyEvent(.up), KeyEvent(.backTab)], "↑/shift-tab", "previous field", .previousField),
            KeyBinding([KeyEvent(.left)], "←", "previous choice (rows, format)", .left),
            KeyBinding([KeyEvent(.right)], "→", "next choice (rows, format)", .right),
            KeyBinding([KeyEvent(.enter)], "enter", "export (asks before replacing a file)", .select, hint: true, short: "export"),
            KeyBinding([KeyEvent(.escape)], "esc", "cancel (a running export removes its partial file) / close", .back, hint: true, short: "cancel"),
        ]),
    ]

    static let modalCase = ModalCase<ExportState>(embed: AppModal.export) {
        guard case .export(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .exportForm }

    /// Opens the dialog on the Records pane's rows.
    static func open(_ app: inout AppState) -> [Effect] {
        let r = app.records
        guard r.connection != nil else { return RecordsUpdate.needConnection(&app) }
        guard r.list.totalCount > 0 else {
            app.status.notice = "no records to export: load some first"
            return []
        }
        let visible = r.list.window(height: r.list.table.viewportHeight).items.count
        var dialog = ExportState(objectType: r.objectType,
                                 counts: [.visible: visible, .filtered: r.list.visibleCount, .all: r.list.totalCount],
                                 columns: r.shownColumns)
        if r.list.source.visibleCountIsLowerBound { dialog.countsAtLeast = [.filtered] }
        app.present(dialog)
        return []
    }

    /// The records `scope` writes, from the Records pane as it is now.
    static func records(_ scope: Scope, of r: RecordsState) -> [JSONValue] {
        switch scope {
        case .visible: return r.list.window(height: r.list.table.viewportHeight).items.map(\.value)
        case .filtered: return r.list.source.visibleItems(0..<r.list.visibleCount).map(\.value)
        case .all: return r.rows.map(\.value)
        }
    }

    /// With the record store the pane holds one window: the filtered rows and the whole object
    /// type are streamed from the store (in the table's filter and sort, or server order); the
    /// visible rows are the held window's. Nil without the store or for the visible rows.
    static func storedRows(_ scope: Scope, of r: RecordsState, count: Int) -> ExportStoredRows? {
        guard r.usesStore, scope != .visible, let collection = r.storeCollection else { return nil }
        let filtered = scope == .filtered
        return ExportStoredRows(collection: collection, filter: filtered ? r.list.source.filter : "",
                                sort: filtered ? (r.list.source.sort?.storeOrders ?? []) : [], count: count)
    }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch phase {
        case .writing:
            guard command == .back else { return [] }
            generation += 1
            phase = .failed("cancelled: the partial file is removed")
            return [.cancel(.export)]
        case .confirmOverwrite:
            switch command {
            case .select: return start(app: &app, overwrite: true)
            case .back: phase = .choosing
            default: break
            }
            return []
        case .done:
            if command == .select || command == .back { disposition = .close }
            return []
        case .choosing, .failed:
            break
        }
        let fields = Field.allCases.count
        switch command {
        case .nextField: field = Field(rawValue: (field.rawValue + 1) % fields) ?? .path
        case .previousField: field = Field(rawValue: (field.rawValue + fields - 1) % fields) ?? .path
        case .acceptCompletion:
            guard field == .path else { field = Field(rawValue: (field.rawValue + 1) % fields) ?? .path; return [] }
            return [.exportCompletions(of: path.text, generation: generation)]
        case .left, .right:
            let step = command == .left ? -1 : 1
            switch field {
            case .scope:
                let all = Scope.allCases
                scope = all[((all.firstIndex(of: scope) ?? 0) + step + all.count) % all.count]
            case .format:
                let all = Self.formats
                setFormat(all[((all.firstIndex(of: format) ?? 0) + step + all.count) % all.count])
            case .path:
                path.handle(KeyEvent(command == .left ? .left : .right))
            }
        case .select: return start(app: &app, overwrite: false)
        case .back: disposition = .close
        default: break
        }
        return []
    }

    /// Takes the snapshot of the rows and hands the write to the shell.
    private mutating func start(app: inout AppState, overwrite: Bool) -> [Effect] {
        let target = path.text.trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty, !target.hasSuffix("/") else {
            phase = .failed("give a file name")
            return []
        }
        let job: ExportJob
        if let stored = Self.storedRows(scope, of: app.records, count: counts[scope] ?? 0) {
            job = ExportJob(path: target, format: format, columns: columns, records: [], overwrite: overwrite, stored: stored)
        } else {
            job = ExportJob(path: target, format: format, columns: columns, records: Self.records(scope, of: app.records), overwrite: overwrite)
        }
        generation += 1
        completions = []
        phase = .writing(written: 0, total: job.stored?.count ?? job.records.count)
        return [.exportRecords(job, generation: generation)]
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        guard phase == .choosing || isFailed, field == .path else { return [] }
        path.handle(event)
        completions = []
        if isFailed { phase = .choosing }
        return []
    }

    private var isFailed: Bool { if case .failed = phase { return true } else { return false } }

    var loadingLabel: String? { isWriting ? "exporting" : nil }

    func frame(in size: Size, app: AppState) -> Rect {
        LayoutPlan.modalRect(in: size, preferred: Size(width: 72, height: 11 + min(6, completions.count)))
    }

    var footerItems: [(Command, String?)] {
        switch phase {
        case .writing: return [(.back, "cancel")]
        case .confirmOverwrite: return [(.select, "overwrite"), (.back, "keep it")]
        case .done: return [(.select, "close")]
        case .choosing, .failed: return [(.acceptCompletion, "complete"), (.select, "export"), (.back, "close")]
        }
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Export \(objectType) records", footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        guard !inner.isEmpty else { return }
        var y = inner.y + 1
        func choiceRow(_ label: String, _ options: [String], chosen: Int, focused: Bool) {
            guard y < inner.maxY else { return }
            buffer.write(focused ? "›" : " ", at: Point(x: inner.x, y: y), style: theme[.primary])
            buffer.write(label, in: Rect(x: inner.x + 2, y: y, width: 10, height: 1), style: theme[.muted])
            var x = inner.x + 12
            for (i, option) in options.enumerated() where x < inner.maxX {
                let text = i == chosen ? "[\(option)]" : " \(option) "
                let style = i == chosen ? (focused ? theme[.selection] : theme[.primary]) : theme[.text]
                buffer.write(text, in: Rect(x: x, y: y, width: inner.maxX - x, height: 1), style: style)
                x += DisplayWidth.of(text) + 1
            }
            y += 2
        }
        choiceRow("rows", Scope.allCases.map { "\($0.rawValue) (\(countText($0)))" },
                  chosen: Scope.allCases.firstIndex(of: scope) ?? 0, focused: field == .scope)
        choiceRow("format", Self.formats.map { $0.rawValue.uppercased() },
                  chosen: Self.formats.firstIndex(of: format) ?? 0, focused: field == .format)
        if y < inner.maxY {
            y += ModalView.fieldRow(&buffer, label: "file", input: path, at: y, in: inner, labelWidth: 10,
                                    focused: field == .path && (phase == .choosing || isFailed), error: nil, theme: theme)
        }
        for entry in completions.prefix(6) where y < inner.maxY {
            buffer.write(entry, in: Rect(x: inner.x + 12, y: y, width: max(0, inner.width - 13), height: 1), style: theme[.muted])
            y += 1
        }
        y += 1
        guard y < inner.maxY else { return }
        let line = Rect(x: inner.x + 1, y: y, width: max(0, inner.width - 2), height: 1)
        switch phase {
        case .choosing:
            buffer.write("\(countText(scope)) records · \(format == .csv || format == .tsv ? "the table's \(columns.count) columns" : "as the server sent them")",
                         in: line, style: theme[.muted])
        case .confirmOverwrite:
            buffer.write("\(path.text) exists: \(app.keys.key(.select, in: .exportForm)) replaces it, \(app.keys.key(.back, in: .exportForm)) keeps it",
                         in: line, style: theme[.warning])
        case .writing(let written, let total):
            // A floor for a total (a filter's matches counted up to a cap) is no total once passed.
            let of = countsAtLeast.contains(scope) ? (written < total ? " of \(total)+" : "") : " of \(total)"
            buffer.write("\(Draw.spinner(app.status.spinnerFrame)) writing \(written)\(of)…", in: line, style: theme[.accent])
        case .done(let file, let count):
            buffer.write("✓ wrote \(count) record\(count == 1 ? "" : "s") to \(file)", in: line, style: theme[.success])
        case .failed(let message):
            buffer.write("✗ " + message, in: line, style: theme[.error])
        }
    }
}
