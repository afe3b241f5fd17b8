import Foundation
import LizaAPI
import TUIKit

extension RecordsState {
    /// Where the current table's layout is remembered (nil without a connection or object).
    var layoutKey: String? {
        guard let connection, let category, !objectType.isEmpty else { return nil }
        return ColumnLayout.key(connectionID: connection.id, category: category.rawValue, objectType: objectType)
    }

    /// The current table's layout (the defaults when none was chosen).
    var layout: ColumnLayout {
        get { layoutKey.flatMap { layouts[$0] } ?? ColumnLayout() }
        set { if let key = layoutKey { layouts[key] = newValue.isDefault ? nil : newValue } }
    }

    /// The columns the table shows, in the chosen order (export writes these too).
    var shownColumns: [String] { layout.shown(columns) }

    /// The columns on screen from the left: the pinned one, then the others from `columnOffset`.
    var scrolledColumns: [String] {
        let shown = shownColumns
        guard layout.pinned, let first = shown.first else { return Array(shown.dropFirst(min(columnOffset, max(0, shown.count - 1)))) }
        let rest = shown.dropFirst()
        return [first] + rest.dropFirst(min(columnOffset, max(0, rest.count - 1)))
    }

    /// The column `<`/`>` resize: the first one scrolled to (after the pinned one).
    var currentColumn: String? {
        let cols = scrolledColumns
        return layout.pinned && cols.count > 1 ? cols[1] : cols.first
    }

    /// The largest `columnOffset` (the last column can be the first scrolled one).
    var maxColumnOffset: Int { max(0, shownColumns.count - (layout.pinned ? 2 : 1)) }
}

extension AppState {
    /// The shell's start: the column layouts read from `file` (a failure is shown in the status
    /// bar and the defaults are used); later changes are written back to `file`.
    public mutating func useColumnLayouts(file: String?, _ loaded: Result<[String: ColumnLayout], AppFailure>) {
        records.layoutsFile = file
        switch loaded {
        case .success(let layouts): records.layouts = layouts
        case .failure(let failure):
            records.layouts = [:]
            status.error = failure.message
        }
    }
}
