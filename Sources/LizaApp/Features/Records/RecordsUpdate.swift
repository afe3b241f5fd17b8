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

    static func perform(_ state: inout AppState, _ command: Command) -> [Effect]? {
        if state.records.list.move(command) { return prefetchIfNeeded(&state) }
        switch command {
        case .left:
            state.records.columnOffset = max(0, state.records.columnOffset - 1)
        case .right:
            state.records.columnOffset = min(state.records.maxColumnOffset, state.records.columnOffset + 1)
        case .select:
            guard let row = state.records.selected else { return state.records.isLookup ? openLookupForm(&state) : [] }
            let title = "\(state.records.objectType) \(row.id ?? "")"
            state.present(DocumentState(title: title, json: JSONViewState(value: row.value)))
        case .pickObject:
            guard let c = state.records.connection else { return needConnection(&state) }
            var picker = ObjectPickerState(categories: c.categories)
            if let i = picker.options.firstIndex(where: { $0.category == state.records.category && $0.objectType == state.records.objectType }) {
                picker.cursor.select(i, count: picker.options.count)
            }
            state.present(picker)
        case .nextObject, .previousObject:
            guard let c = state.records.connection else { return needConnection(&state) }
            let options = ObjectPickerState(categories: c.categories).options
            guard !options.isEmpty else { return [] }
            let here = options.firstIndex { $0.category == state.records.category && $0.objectType == state.records.objectType } ?? -1
            let next = (here + (command == .nextObject ? 1 : -1) + options.count) % options.count
            return select(&state, category: options[next].category, objectType: options[next].objectType)
        case .serverQuery, .updatedSince, .pageSize:
            guard state.records.connection != nil else { return needConnection(&state) }
            if state.records.isLookup { return openLookupForm(&state) }
            if state.records.usesStore {
                // The store holds every record of the object type: `/` filters them all.
                state.status.notice = "the record store shows every stored record: \(state.keys.key(.filter, in: .global)) filters them (server search, updated-since and page size need cache = \"off\")"
                return []
            }
            let field: QueryFormState.Field = command == .serverQuery ? .query : (command == .updatedSince ? .updatedSince : .pageSize)
            state.present(QueryFormState(field: field, query: state.records.query, updatedSince: state.records.updatedSince, pageSize: state.records.pageSize))
        case .loadAll:
            return state.records.usesStore ? sync(&state, full: false) : loadAll(&state)
        case .fullSync:
            guard state.records.usesStore else {
                state.status.notice = "full re-sync needs the record store (cache = \"session\" or \"persist\" in config.toml)"
                return []
            }
            return sync(&state, full: true)
        case .showDiff:
            return showDiff(&state)
        case .sortNext:
            let cols = state.records.shownColumns
            guard !cols.isEmpty else { return [] }
            let next: RecordSort?
            if let current = state.records.sort, let i = cols.firstIndex(of: current.column) {
                next = i + 1 < cols.count ? RecordSort(column: cols[i + 1], then: current.then.flatMap { $0.column == cols[i + 1] ? nil : $0 }) : nil
            } else {
                next = RecordSort(column: cols[0])
            }
            state.records.list.editSource { $0.sort(by: next) }
            state.status.notice = state.records.sort.map { "sorted by \($0.label)" } ?? "unsorted (server order)"
        case .sortReverse:
            guard var sort = state.records.sort else {
                state.status.notice = "press \(state.keys.key(.sortNext, in: .records)) to choose a sort column first"
                return []
            }
            sort.ascending.toggle()
            state.records.list.editSource { $0.sort(by: sort) }
            state.status.notice = "sorted by \(sort.label)"
        case .sortThenNext, .sortThenReverse:
            guard var sort = state.records.sort else {
                state.status.notice = "press \(state.keys.key(.sortNext, in: .records)) to choose a sort column first"
                return []
            }
            if command == .sortThenReverse {
                guard sort.then != nil else {
                    state.status.notice = "press \(state.keys.key(.sortThenNext, in: .records)) to choose a second sort column first"
                    return []
                }
                sort.then?.ascending.toggle()
            } else {
                // The columns after the current second key, skipping the first key; past the last: none.
                let cols = state.records.shownColumns.filter { $0 != sort.column }
                let start = sort.then.flatMap { cols.firstIndex(of: $0.column).map { $0 + 1 } } ?? 0
                sort.then = start < cols.count ? RecordSort.Key(column: cols[start], ascending: true) : nil
            }
            state.records.list.editSource { $0.sort(by: sort) }
            state.status.notice = "sorted by \(sort.label)"
        case .export:
            return ExportState.open(&state)
        case .chooseColumns:
            return ColumnChooserState.open(&state)
        case .narrow, .widen:
            return RecordsView.resizeCurrentColumn(&state, by: command == .widen ? 2 : -2)
        case .passthrough:
            guard let c = state.records.connection else { return needConnection(&state) }
            PassthroughState.open(&state, connection: c)
        case .copyCurl, .copyCommand:
            // The request of the first page on screen (the one the table starts from).
            guard let query = state.records.query(offset: 0), !state.records.isLookup else { return needConnection(&state) }
            return ShellCopy.copy(app: &state, as: command, curl: { baseURL throws(LizaError) in try CurlCommand.records(baseURL: baseURL, query) },
                                  command: { LizaCommandLine.records(query) })
        default:
            return nil
        }
        return []
    }

    static func needConnection(_ state: inout AppState) -> [Effect] {
        let focusKey = state.keys.key(.focus(.connections), in: .global), openKey = state.keys.key(.select, in: .connections)
        state.status.notice = state.connections.load.isLoading
            ? "the connections are still loading: then open one (\(focusKey), then \(openKey))"
            : "open a connection first: focus Connections (\(focusKey)) and press \(openKey)"
        return []
    }

    /// Opens `connection` in the Records pane on `category`/`objectType` (defaults: its first
    /// category and that category's first catalog object).
    static func open(_ state: inout AppState, connection c: Connection, category: Category?, objectType: String?) -> [Effect] {
        state.modals.removeAll { if case .palette = $0 { return true } else { return false } }
        let cat = category ?? c.categories.first ?? .crm
        let object = objectType ?? ObjectCatalog.objects(in: cat).first(where: { $0.kind == .list })?.name
            ?? ObjectCatalog.objects(in: cat).first?.name ?? "contact"
        state.records.connection = c
        state.focus = .records
        if c.isPending {
            state.status.notice = "this connection is pending: finalize it with \(state.keys.key(.finalize, in: .connections)) before reading records"
        }
        return select(&state, category: cat, objectType: object)
    }

    /// Switches the object shown and loads its first page (or asks for lookup fields).
    static func select(_ state: inout AppState, category: Category, objectType: String) -> [Effect] {
        var cancel: [Effect] = []
        if state.records.load.isLoading || state.records.loadingAll != nil { cancel = [.cancel(.records)] }
        let changed = state.records.category != category || state.records.objectType != objectType
        state.records.category = category
        state.records.objectType = objectType
        if changed {
            state.records.list.editSource { $0.sort(by: nil) }
            state.records.list.clearFilter()
            state.records.lookupFields = [:]
        }
        state.records.resetData()
        if state.records.isLookup {
            state.records.load = .idle
            return cancel + openLookupForm(&state)
        }
        if state.records.usesStore {
            if state.records.syncing != nil { cancel.append(.cancel(.storeSync)) }
            state.records.syncing = nil
            return cancel + openStored(&state)
        }
        return cancel + reload(&state)
    }

    /// Reloads from the first page with the current settings.
    static func reload(_ state: inout AppState) -> [Effect] {
        if state.records.isLookup {
            guard !state.records.lookupFields.isEmpty, let c = state.records.connection, let cat = state.records.category else {
                return openLookupForm(&state)
            }
            let generation = state.nextGeneration()
            state.records.load = .loading(generation: generation)
            return [.lookup(connectionID: c.id, category: cat, objectType: state.records.objectType, fields: state.records.lookupFields, generation: generation)]
        }
        if state.records.usesStore { return refreshStored(&state) }
        guard let q = state.records.query(offset: 0) else { return needConnection(&state) }
        state.records.resetData()
        let generation = state.nextGeneration()
        state.records.load = .loading(generation: generation)
        return [.loadRecords(q, generation: generation)]
    }

    /// Asks for the next page when the cursor is near the end of what is loaded.
    static func prefetchIfNeeded(_ state: inout AppState) -> [Effect] {
        let r = state.records
        guard r.hasMore, !r.load.isLoading, r.loadingAll == nil,
              (r.list.table.selected ?? 0) >= r.list.visibleCount - prefetchDistance,
              let q = r.query(offset: r.rows.count) else { return [] }
        let generation = state.nextGeneration()
        state.records.load = .loading(generation: generation)
        return [.loadRecords(q, generation: generation)]
    }

    static func loadAll(_ state: inout AppState) -> [Effect] {
        guard let q = state.records.query(offset: state.records.rows.count) else { return needConnection(&state) }
        guard !state.records.isLookup else { state.status.notice = "a lookup returns one record"; return [] }
        guard state.records.loadingAll == nil else { return [] }
        guard state.records.hasMore || state.records.rows.isEmpty else {
            state.status.notice = "all \(state.records.rows.count) already loaded"
            return []
        }
        let generation = state.nextGeneration()
        state.records.load = .idle
        state.records.loadingAll = LoadAllProgress(generation: generation, loaded: state.records.rows.count, total: state.records.total)
        return [.loadAllRecords(q, concurrency: loadAllConcurrency, maxRecords: loadAllMaximum, generation: generation)]
    }

    static func cancelLoading(_ state: inout AppState) -> [Effect] {
        if state.records.syncing != nil {
            state.records.syncing = nil
            state.records.load = .loaded
            state.records.list.editSource { $0.storeChanged() }
            state.status.notice = "stopped syncing: the pages fetched are stored"
            return [.cancel(.storeSync)]
        }
        let wasAll = state.records.loadingAll != nil
        state.records.loadingAll = nil
        if state.records.load.isLoading { state.records.load = state.records.rows.isEmpty ? .idle : .loaded }
        state.status.notice = wasAll ? "stopped loading: \(state.records.rows.count) loaded" : "cancelled"
        return [.cancel(.records)]
    }

    static func loaded(_ state: inout AppState, generation: Int, _ result: Result<RecordPage, LizaError>) -> [Effect] {
        guard state.records.load.accepts(generation) else { return [] }
        switch result {
        case .success(let page):
            if page.offset == 0 { state.records.list.editSource { $0.replace([]) } }
            append(&state, page)
            state.records.load = .loaded
            return prefetchIfNeeded(&state)
        case .failure(let e):
            state.records.load = .failed(e)
            if e.kind != .cancelled {
                state.status.error = AppUpdate.describe(e, doing: "Loading \(state.records.category?.rawValue ?? "")/\(state.records.objectType)")
            }
            return []
        }
    }

    static func loadAllPage(_ state: inout AppState, generation: Int, _ page: RecordPage) -> [Effect] {
        guard state.records.loadingAll?.generation == generation else { return [] }
        append(&state, page)
        let loaded = state.records.rows.count
        state.records.loadingAll?.loaded = loaded
        if let t = page.total { state.records.loadingAll?.total = t }
        return []
    }

    static func loadAllFinished(_ state: inout AppState, generation: Int, _ result: Result<Int, LizaError>) -> [Effect] {
        guard state.records.loadingAll?.generation == generation else { return [] }
        state.records.loadingAll = nil
        state.records.load = .loaded
        switch result {
        case .success(let fetched):
            // The paging engine ends at the end of the data (a short or empty page, which it does
            // not deliver) unless it reached the cap; only then can more remain.
            if fetched < loadAllMaximum {
                state.records.hasMore = false
            } else if state.records.hasMore {
                state.status.notice = "stopped at \(loadAllMaximum) records"
            }
        case .failure(let e):
            if e.kind != .cancelled {
                state.status.error = AppUpdate.describe(e, doing: "Loading all \(state.records.objectType)s (\(state.records.rows.count) kept)")
            }
        }
        return []
    }

    private static func append(_ state: inout AppState, _ page: RecordPage) {
        let firstPage = state.records.rows.isEmpty
        state.records.list.editSource { $0.append(page.records.map(RecordRow.init)) }
        state.records.hasMore = page.hasMore
        if let t = page.total { state.records.total = t }
        if firstPage || state.records.columns.isEmpty { state.records.columns = RecordColumns.choose(state.records.rows) }
    }

    static func openLookupForm(_ state: inout AppState) -> [Effect] {
        guard let cat = state.records.category else { return needConnection(&state) }
        let fields = state.records.objectInfo?.filters ?? ["email"]
        state.present(LookupFormState(category: cat, objectType: state.records.objectType, fields: fields, values: state.records.lookupFields))
        return []
    }

    static func lookedUp(_ state: inout AppState, generation: Int, _ result: Result<JSONValue, LizaError>) -> [Effect] {
        guard state.records.load.accepts(generation) else { return [] }
        switch result {
        case .success(let v):
            state.records.load = .loaded
            state.records.lookupResult = v
            state.records.list.editSource { $0.replace([RecordRow(v)]) }
            state.records.columns = RecordColumns.choose(state.records.rows)
            state.records.hasMore = false
        case .failure(let e):
            state.records.load = .failed(e)
            if e.kind != .cancelled { state.status.error = AppUpdate.describe(e, doing: "Lookup \(state.records.objectType)") }
        }
        return []
    }
}
