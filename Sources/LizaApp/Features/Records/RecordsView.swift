import Foundation
import LizaAPI
import TUIKit

/// The Records pane: a toolbar (object, query), the table (columns from the data), a footer.
enum RecordsView {
    /// Widest a column gets; long values are cut with `…` (the JSON view shows them whole).
    static let maxColumnWidth = 32

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        let r = state.records
        let list = r.list
        var title = PaneChrome.title(.records)
        if let c = r.connection, let cat = r.category {
            title += " · \(c.integrationType) \(cat.rawValue)/\(r.objectType)"
        }
        let inner = Draw.box(&buffer, area, title: title,
                             rightTitle: PaneChrome.rightTitle(filter: list.filter, isFiltering: list.isFiltering, count: list.visibleCount, total: list.totalCount,
                                                                countIsLowerBound: list.source.visibleCountIsLowerBound),
                             footer: r.footer(keys: state.keys), focused: focused, theme: theme)
        guard !inner.isEmpty else { return }
        guard let connection = r.connection else {
            Draw.centered(&buffer, [
                ("No connection open", theme[.text].adding(.bold)),
                ("select one in Connections (\(state.keys.key(.focus(.connections), in: .global))) and press \(state.keys.key(.select, in: .connections)),", theme[.muted]),
                ("or type :records <connection> <category> <object>", theme[.muted]),
            ], in: inner)
            return
        }
        toolbar(r, connection: connection, keys: state.keys, into: &buffer, at: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1), theme: theme)
        let body = LayoutPlan.tableArea(of: .records, in: area)
        if list.visibleCount == 0 {
            let text: String
            if r.isLookup && r.lookupResult == nil && !r.load.isLoading {
                text = "a lookup: press \(state.keys.key(.serverQuery, in: .records)) or \(state.keys.key(.select, in: .records)) to give \(r.objectInfo?.filters.prefix(3).joined(separator: ", ") ?? "fields")"
            } else if list.totalCount > 0 {
                text = "nothing matches /\(list.filter.text) — \(state.keys.key(.back, in: .global)) clears"
            } else {
                switch r.load {
                case .loading: text = "\(Draw.spinner(state.status.spinnerFrame)) loading \(r.objectType)s…"
                case .failed(let e): text = "could not load: \(e.message) — \(state.keys.key(.refresh, in: .global)) retries"
                case .idle, .loaded: text = "no \(r.objectType) records" + (r.query != nil || r.updatedSince != nil ? " match the query (\(state.keys.key(.serverQuery, in: .records)) to change)" : "")
                }
            }
            Draw.centered(&buffer, [(text, theme[.muted])], in: body)
            return
        }
        let cols = r.scrolledColumns
        let widths = r.layout.widths
        let sort = r.sort.flatMap { sort in cols.firstIndex(of: sort.column).map { TableSort(column: $0, ascending: sort.ascending) } }
        Draw.listTable(&buffer, body, list: list, focused: focused, theme: theme, sort: sort, columns: { window in
            Draw.fitColumns(cols, rows: window.map { row in cols.indices.map { cell(row, cols, $0) } }, maxWidth: maxColumnWidth, available: body.width, spacing: 2,
                            fixed: widths)
        }) { row, col in
            let value = cell(row, cols, col)
            if col == 0, row.change != .none { return (value, .accent) }
            return (value, col == 0 ? .muted : nil)
        }
        if r.columnOffset > 0 {
            buffer.write("◀", at: Point(x: inner.x, y: body.y), style: theme[.accent])
        }
    }

    /// A cell's text; the first column of a row the last sync added or changed starts with `+` or `~`.
    static func cell(_ row: RecordRow, _ cols: [String], _ col: Int) -> String {
        let value = row.cells[cols[col]] ?? ""
        guard col == 0 else { return value }
        switch row.change {
        case .none: return value
        case .new: return "+ " + value
        case .changed: return "~ " + value
        }
    }

    /// `<`/`>`: the current column (the first scrolled to) `step` columns wider or narrower,
    /// starting from the width it has on screen; remembered with the layout.
    static func resizeCurrentColumn(_ state: inout AppState, by step: Int) -> [Effect] {
        let r = state.records
        guard let column = r.currentColumn else { return [] }
        let window = r.list.window(height: max(1, r.list.table.viewportHeight)).items
        let natural = Draw.fitColumns([column], rows: window.map { [$0.cells[column] ?? ""] }, maxWidth: maxColumnWidth,
                                      available: ColumnLayout.maxWidth, spacing: 0).first.flatMap {
            if case .fixed(let w) = $0.width { return w } else { return nil }
        } ?? maxColumnWidth
        let width = min(ColumnLayout.maxWidth, max(ColumnLayout.minWidth, (r.layout.widths[column] ?? natural) + step))
        let effects = state.records.changeLayout { $0.widths[column] = width }
        state.status.notice = "\(column): width \(width) (\(state.keys.key(.narrow, in: .records))/\(state.keys.key(.widen, in: .records)))"
        return effects
    }

    static func toolbar(_ r: RecordsState, connection: Connection, keys: AppKeys, into buffer: inout Buffer, at rect: Rect, theme: Theme) {
        var parts: [(String, Style)] = [
            ("\(r.category?.rawValue ?? "")/", theme[.muted]), (r.objectType, theme[.primary]),
        ]
        if r.isLookup {
            let fields = r.lookupFields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            parts.append(("  lookup ", theme[.muted]))
            parts.append((fields.isEmpty ? "(no fields yet)" : fields, theme[.text]))
        } else {
            parts.append(("  search ", theme[.muted]))
            parts.append((r.query.map { "\"\($0)\"" } ?? "—", theme[.text]))
            parts.append(("  since ", theme[.muted]))
            parts.append((r.updatedSince ?? "—", theme[.text]))
            parts.append(("  \(r.pageSize)/page", theme[.muted]))
            if let sort = r.sort { parts.append(("  sort \(sort.label)", theme[.accent])) }
        }
        if connection.isPending { parts.append(("  pending: \(keys.key(.finalize, in: .connections)) finalizes", theme[.warning])) }
        Draw.segments(&buffer, parts, at: rect.origin, maxWidth: rect.width)
    }
}
