import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Records pane: paging as you scroll, load-all, filter, sort, open a record.
enum RecordsUpdate {
    /// How close to the end of the loaded rows the cursor gets before the next page is asked for.
    static let prefetchDistance = 10
    static let loadAllConcurrency = 4
    /// A safety cap for `L`; the footer says when it was reached.
    static let loadAllMaximum = 100_000

    static func perform(_ s: inout AppState, _ command: Command) -> [Effect]? {
        let page = LayoutPlan(size: s.size, focus: s.focus).listRows(.records)
        if AppUpdate.move(&s.records.cursor, command, count: s.records.visible.count, page: page) {
            return prefetchIfNeeded(&s)
        }
        switch command {
        case .left:
            s.records.columnOffset = max(0, s.records.columnOffset - 1)
        case .right:
            s.records.columnOffset = min(max(0, s.records.columns.count - 1), s.records.columnOffset + 1)
        case .select:
            guard let row = s.records.selected else { return s.records.isLookup ? openLookupForm(&s) : [] }
            let title = "\(s.records.objectType) \(row.id ?? "")"
            s.push(.document(title: title, json: JSONViewState(value: row.value)))
        case .pickObject:
            guard let c = s.records.connection else { return needConnection(&s) }
            var picker = ObjectPickerState(categories: c.categories)
            if let i = picker.options.firstIndex(where: { $0.category == s.records.category && $0.objectType == s.records.objectType }) {
                picker.cursor.index = i
                picker.cursor.clamp(count: picker.options.count, page: 10)
            }
            s.push(.objectPicker(picker))
        case .nextObject, .previousObject:
            guard let c = s.records.connection else { return needConnection(&s) }
            let options = ObjectPickerState(categories: c.categories).options
            guard !options.isEmpty else { return [] }
            let here = options.firstIndex { $0.category == s.records.category && $0.objectType == s.records.objectType } ?? -1
            let next = (here + (command == .nextObject ? 1 : -1) + options.count) % options.count
            return select(&s, category: options[next].category, objectType: options[next].objectType)
        case .serverQuery, .updatedSince, .pageSize:
            guard s.records.connection != nil else { return needConnection(&s) }
            if s.records.isLookup { return openLookupForm(&s) }
            let field: QueryFormState.Field = command == .serverQuery ? .query : (command == .updatedSince ? .updatedSince : .pageSize)
            s.push(.queryForm(QueryFormState(field: field, query: s.records.query, updatedSince: s.records.updatedSince, pageSize: s.records.pageSize)))
        case .loadAll:
            return loadAll(&s)
        case .sortNext:
            let cols = s.records.columns
            guard !cols.isEmpty else { return [] }
            if let current = s.records.sort, let i = cols.firstIndex(of: current.column) {
                s.records.sort = i + 1 < cols.count ? RecordSort(column: cols[i + 1]) : nil
            } else {
                s.records.sort = RecordSort(column: cols[0])
            }
            s.records.refreshVisible()
            s.status.notice = s.records.sort.map { "sorted by \($0.column)" } ?? "unsorted (server order)"
        case .sortReverse:
            guard var sort = s.records.sort else {
                s.status.notice = "press o to choose a sort column first"
                return []
            }
            sort.ascending.toggle()
            s.records.sort = sort
            s.records.refreshVisible()
            s.status.notice = "sorted by \(sort.column) \(sort.ascending ? "ascending" : "descending")"
        case .passthrough:
            guard let c = s.records.connection else { return needConnection(&s) }
            PassthroughUpdate.open(&s, connection: c)
        default:
            return nil
        }
        return []
    }

    static func needConnection(_ s: inout AppState) -> [Effect] {
        s.status.notice = s.connections.load.isLoading
            ? "the connections are still loading: then open one (2, then enter)"
            : "open a connection first: focus Connections (2) and press enter"
        return []
    }

    /// Opens `connection` in the Records pane on `category`/`objectType` (defaults: its first
    /// category and that category's first catalog object).
    static func open(_ s: inout AppState, connection c: Connection, category: Category?, objectType: String?) -> [Effect] {
        s.modals.removeAll { if case .palette = $0 { return true } else { return false } }
        let cat = category ?? c.categories.first ?? .crm
        let object = objectType ?? ObjectCatalog.objects(in: cat).first(where: { $0.kind == .list })?.name
            ?? ObjectCatalog.objects(in: cat).first?.name ?? "contact"
        s.records.connection = c
        s.focus = .records
        if c.isPending {
            s.status.notice = "this connection is pending: finalize it with f before reading records"
        }
        return select(&s, category: cat, objectType: object)
    }

    /// Switches the object shown and loads its first page (or asks for lookup fields).
    static func select(_ s: inout AppState, category: Category, objectType: String) -> [Effect] {
        var cancel: [Effect] = []
        if s.records.load.isLoading || s.records.loadingAll != nil { cancel = [.cancel(.records)] }
        let changed = s.records.category != category || s.records.objectType != objectType
        s.records.category = category
        s.records.objectType = objectType
        if changed {
            s.records.sort = nil
            s.records.filter = TextFieldState()
            s.records.lookupFields = [:]
        }
        s.records.resetData()
        if s.records.isLookup {
            s.records.load = .idle
            return cancel + openLookupForm(&s)
        }
        return cancel + reload(&s)
    }

    /// Reloads from the first page with the current settings.
    static func reload(_ s: inout AppState) -> [Effect] {
        if s.records.isLookup {
            guard !s.records.lookupFields.isEmpty, let c = s.records.connection, let cat = s.records.category else {
                return openLookupForm(&s)
            }
            let g = s.nextGeneration()
            s.records.load = .loading(generation: g)
            return [.lookup(connectionID: c.id, category: cat, objectType: s.records.objectType, fields: s.records.lookupFields, generation: g)]
        }
        guard let q = s.records.query(offset: 0) else { return needConnection(&s) }
        s.records.resetData()
        let g = s.nextGeneration()
        s.records.load = .loading(generation: g)
        return [.loadRecords(q, generation: g)]
    }

    /// Asks for the next page when the cursor is near the end of what is loaded.
    static func prefetchIfNeeded(_ s: inout AppState) -> [Effect] {
        let r = s.records
        guard r.hasMore, !r.load.isLoading, r.loadingAll == nil,
              r.cursor.index >= r.visible.count - prefetchDistance,
              let q = r.query(offset: r.rows.count) else { return [] }
        let g = s.nextGeneration()
        s.records.load = .loading(generation: g)
        return [.loadRecords(q, generation: g)]
    }

    static func loadAll(_ s: inout AppState) -> [Effect] {
        guard let q = s.records.query(offset: s.records.rows.count) else { return needConnection(&s) }
        guard !s.records.isLookup else { s.status.notice = "a lookup returns one record"; return [] }
        guard s.records.loadingAll == nil else { return [] }
        guard s.records.hasMore || s.records.rows.isEmpty else {
            s.status.notice = "all \(s.records.rows.count) already loaded"
            return []
        }
        let g = s.nextGeneration()
        s.records.load = .idle
        s.records.loadingAll = LoadAllProgress(generation: g, loaded: s.records.rows.count, total: s.records.total)
        return [.loadAllRecords(q, concurrency: loadAllConcurrency, maxRecords: loadAllMaximum, generation: g)]
    }

    static func cancelLoading(_ s: inout AppState) -> [Effect] {
        let wasAll = s.records.loadingAll != nil
        s.records.loadingAll = nil
        if s.records.load.isLoading { s.records.load = s.records.rows.isEmpty ? .idle : .loaded }
        s.status.notice = wasAll ? "stopped loading: \(s.records.rows.count) loaded" : "cancelled"
        return [.cancel(.records)]
    }

    static func loaded(_ s: inout AppState, generation: Int, _ result: Result<RecordPage, LizaError>) -> [Effect] {
        guard s.records.load.accepts(generation) else { return [] }
        switch result {
        case .success(let page):
            if page.offset == 0 { s.records.rows = [] }
            append(&s, page)
            s.records.load = .loaded
            return prefetchIfNeeded(&s)
        case .failure(let e):
            s.records.load = .failed(e)
            if e.kind != .cancelled {
                s.status.error = AppUpdate.describe(e, doing: "Loading \(s.records.category?.rawValue ?? "")/\(s.records.objectType)")
            }
            return []
        }
    }

    static func loadAllPage(_ s: inout AppState, generation: Int, _ page: RecordPage) -> [Effect] {
        guard s.records.loadingAll?.generation == generation else { return [] }
        append(&s, page)
        s.records.loadingAll?.loaded = s.records.rows.count
        if let t = page.total { s.records.loadingAll?.total = t }
        return []
    }

    static func loadAllFinished(_ s: inout AppState, generation: Int, _ result: Result<Int, LizaError>) -> [Effect] {
        guard s.records.loadingAll?.generation == generation else { return [] }
        s.records.loadingAll = nil
        s.records.load = .loaded
        switch result {
        case .success(let fetched):
            // The paging engine ends at the end of the data (a short or empty page, which it does
            // not deliver) unless it reached the cap; only then can more remain.
            if fetched < loadAllMaximum {
                s.records.hasMore = false
            } else if s.records.hasMore {
                s.status.notice = "stopped at \(loadAllMaximum) records"
            }
        case .failure(let e):
            if e.kind != .cancelled {
                s.status.error = AppUpdate.describe(e, doing: "Loading all \(s.records.objectType)s (\(s.records.rows.count) kept)")
            }
        }
        return []
    }

    private static func append(_ s: inout AppState, _ page: RecordPage) {
        let firstPage = s.records.rows.isEmpty
        s.records.rows.append(contentsOf: page.records.map(RecordRow.init))
        s.records.hasMore = page.hasMore
        if let t = page.total { s.records.total = t }
        if firstPage || s.records.columns.isEmpty { s.records.columns = RecordColumns.choose(s.records.rows) }
        s.records.refreshVisible()
        AppUpdate.clampAllCursors(&s)
    }

    static func openLookupForm(_ s: inout AppState) -> [Effect] {
        guard let cat = s.records.category else { return needConnection(&s) }
        let fields = s.records.objectInfo?.filters ?? ["email"]
        s.push(.lookupForm(LookupFormState(category: cat, objectType: s.records.objectType, fields: fields, values: s.records.lookupFields)))
        return []
    }

    static func lookedUp(_ s: inout AppState, generation: Int, _ result: Result<JSONValue, LizaError>) -> [Effect] {
        guard s.records.load.accepts(generation) else { return [] }
        switch result {
        case .success(let v):
            s.records.load = .loaded
            s.records.lookupResult = v
            s.records.rows = [RecordRow(v)]
            s.records.columns = RecordColumns.choose(s.records.rows)
            s.records.hasMore = false
            s.records.refreshVisible()
        case .failure(let e):
            s.records.load = .failed(e)
            if e.kind != .cancelled { s.status.error = AppUpdate.describe(e, doing: "Lookup \(s.records.objectType)") }
        }
        return []
    }
}
