import Foundation
import LizaAPI
import TUIKit

/// The Records pane on the record store: window reads (the pane asks only for the rows around
/// what it shows), syncs (`L` incremental, `R` full, `r` what is stored), the diff of a changed row (`c`).
/// Every store call is an effect; the update loop never waits on SQLite.
extension RecordsUpdate {
    /// While a sync runs, the window is read again each time this many more records are stored.
    static let syncRefreshEvery = 5_000

    /// After every update: the window read the Records pane needs now, if the rows it shows are
    /// not held (or being read) for the current filter, sort and data.
    static func storeWindowEffects(_ state: inout AppState) -> [Effect] {
        let r = state.records
        guard r.usesStore, !r.isLookup, let collection = r.storeCollection else { return [] }
        let height = r.list.table.viewportHeight > 0 ? r.list.table.viewportHeight : 20
        let offset = r.list.table.visibleOffset(height: height, count: r.list.visibleCount)
        guard let key = state.records.list.editSource({ $0.windowToRead(for: offset..<(offset + height)) }) else { return [] }
        return [.readStoreWindow(collection, key)]
    }

    /// Opens the collection shown from the store: its first window, then its first page fetched
    /// and stored if it holds nothing (`L` syncs all).
    static func openStored(_ state: inout AppState) -> [Effect] {
        state.records.resetData()
        state.records.load = .loading(generation: state.nextGeneration())
        return storeWindowEffects(&state)
    }

    /// Starts a sync of the collection shown (`full`: everything, finding deletions).
    static func sync(_ state: inout AppState, full: Bool) -> [Effect] {
        guard let collection = state.records.storeCollection else { return needConnection(&state) }
        if state.records.isLookup { state.status.notice = "a lookup returns one record"; return [] }
        if state.records.offline {
            state.status.notice = "offline: showing the stored records (start liza without --offline to sync)"
            return []
        }
        guard state.records.syncing == nil else { return [] }
        let generation = state.nextGeneration()
        state.records.syncing = LoadAllProgress(generation: generation, loaded: 0, total: nil)
        state.records.load = .loading(generation: generation)
        return [.syncStore(collection, full: full, generation: generation)]
    }

    /// `r` on the store refreshes what is stored, as the footer promises: everything stored
    /// (a full sync finished once) is brought up to date incrementally; only the first page
    /// stored (`1 page · … · L syncs all`), or nothing yet, fetches the first page again — the
    /// whole object type waits for `L`, as it did when the pane opened.
    static func refreshStored(_ state: inout AppState) -> [Effect] {
        guard let collection = state.records.storeCollection else { return needConnection(&state) }
        if state.records.storeStatus?.complete == true || state.records.offline {
            return sync(&state, full: false)
        }
        guard state.records.syncing == nil else { return [] }
        return syncFirstPage(&state, collection)
    }

    /// Fetches and stores only the first page of the collection shown (it holds nothing yet):
    /// a whole sync of a big CRM is minutes of paging, so that waits for `L`.
    static func syncFirstPage(_ state: inout AppState, _ collection: StoreCollection) -> [Effect] {
        let generation = state.nextGeneration()
        state.records.syncing = LoadAllProgress(generation: generation, loaded: 0, total: nil)
        state.records.load = .loading(generation: generation)
        return [.syncStoreFirstPage(collection, generation: generation)]
    }

    static func storeWindowRead(_ state: inout AppState, _ key: StoreWindowKey, _ result: Result<StoreWindowRows, AppFailure>) -> [Effect] {
        switch result {
        case .success(let read):
            let taken = state.records.list.editSource { $0.windowRead(key, rows: read.rows, count: read.count, total: read.status?.count ?? 0, atLeast: read.countIsLowerBound) }
            guard taken else { return [] }
            if state.records.list.table.selected == nil, read.count > 0 { state.records.list.select(position: 0) }
            state.records.storeStatus = read.status
            if let columns = read.status?.columns, !columns.isEmpty {
                state.records.columns = columns
            } else if state.records.columns.isEmpty, !read.rows.isEmpty {
                state.records.columns = RecordColumns.choose(read.rows)
            }
            if state.records.syncing == nil { state.records.load = .loaded }
            // Nothing stored for this collection yet: its first page (once per collection opened).
            if read.status == nil, !state.records.offline, state.records.syncing == nil,
               let collection = state.records.storeCollection, state.records.autoSynced != collection {
                state.records.autoSynced = collection
                return syncFirstPage(&state, collection)
            }
        case .failure(let failure):
            guard state.records.list.editSource({ $0.windowFailed(key) }) else { return [] }
            if state.records.syncing == nil { state.records.load = .idle }
            state.status.error = "Reading the record store: \(failure.message)"
        }
        return []
    }

    static func storeSyncProgress(_ state: inout AppState, generation: Int, fetched: Int) -> [Effect] {
        guard let before = state.records.syncing?.loaded, state.records.syncing?.generation == generation else { return [] }
        let now = max(0, fetched)
        state.records.syncing?.loaded = now
        // The shown rows are read again after the first page and then every few thousand
        // records: reading after every page would compete with the writes for the store.
        if before == 0 || now / syncRefreshEvery != before / syncRefreshEvery {
            state.records.list.editSource { $0.storeChanged() }
        }
        return []
    }

    static func storeSynced(_ state: inout AppState, generation: Int, _ result: Result<StoreSyncReport, AppFailure>) -> [Effect] {
        guard state.records.syncing?.generation == generation else { return [] }
        state.records.syncing = nil
        state.records.load = .loaded
        state.records.list.editSource { $0.storeChanged() }
        switch result {
        case .success(let report) where report.firstPage:
            state.status.notice = "first page: \(RecordsState.grouped(report.fetched)) stored · \(state.keys.key(.loadAll, in: .records)) syncs all"
        case .success(let report):
            state.status.notice = "\(report.full ? "full sync" : "sync"): \(RecordsState.grouped(report.fetched)) fetched, \(RecordsState.grouped(report.stored)) stored"
        case .failure(let failure):
            state.status.error = "Syncing \(state.records.objectType)s: \(failure.message)"
        }
        return []
    }

    /// `c`: the diff of the selected row against its version before the last sync.
    static func showDiff(_ state: inout AppState) -> [Effect] {
        guard state.records.usesStore, let collection = state.records.storeCollection else {
            state.status.notice = "the diff needs the record store (cache = \"session\" or \"persist\")"
            return []
        }
        guard let row = state.records.selected, let id = row.storeID else { return [] }
        guard row.change == .changed else {
            state.status.notice = row.change == .new ? "this record is new in the last sync" : "this record did not change in the last sync"
            return []
        }
        let generation = state.nextGeneration()
        state.present(RecordDiffState(title: "\(state.records.objectType) \(row.id ?? id)", load: .loading(generation: generation)))
        return [.readStoreDiff(collection, id: id, generation: generation)]
    }

    static func storeDiffRead(_ state: inout AppState, generation: Int, _ result: Result<[StoreDiffField], AppFailure>) -> [Effect] {
        state.withModal(RecordDiffState.modalCase, where: { $0.load.accepts(generation) }) { diff, _, _ in
            switch result {
            case .success(let fields):
                diff.fields = fields
                diff.load = .loaded
            case .failure(let failure):
                diff.load = .failed(LizaError(kind: .configuration, message: failure.message))
            }
        }
        return []
    }
}

extension RecordSort {
    /// The sort as the store's window order: the column, then the second key.
    var storeOrders: [StoreOrder] {
        [StoreOrder(column: column, ascending: ascending)] + (then.map { [StoreOrder(column: $0.column, ascending: $0.ascending)] } ?? [])
    }
}

/// A window read, converted to rows off the update loop.
struct StoreWindowRows: Hashable, Sendable {
    var rows: [RecordRow]
    var count: Int
    var countIsLowerBound = false
    var status: StoreStatus?
}

extension EffectID {
    static let storeWindow = EffectID("storeWindow")
    static let storeSync = EffectID("storeSync")
    static let storeDiff = EffectID("storeDiff")
}

extension Effect {
    static func readStoreWindow(_ collection: StoreCollection, _ key: StoreWindowKey) -> Effect {
        .store(StoreRequest(.storeWindow, generation: key.version, parameters: WindowParameters(collection: collection, key: key)) { store, _, send in
            let result = await store.window(collection, offset: key.offset, limit: key.limit, sort: key.sort.map(\.storeOrders) ?? [], filter: key.filter)
            send(.storeWindowRead(key, result.map { StoreWindowRows(rows: $0.rows.map(RecordRow.init), count: $0.count, countIsLowerBound: $0.countIsLowerBound, status: $0.status) }))
        })
    }

    static func syncStore(_ collection: StoreCollection, full: Bool, generation: Int) -> Effect {
        .store(StoreRequest(.storeSync, generation: generation, parameters: SyncParameters(collection: collection, full: full)) { store, service, send in
            guard let service else { return send(.storeSynced(generation: generation, .failure(AppFailure(ServiceRequest.noService.message)))) }
            let throttle = ProgressThrottle()
            let result = await store.sync(collection, full: full, fetch: { query async throws(LizaError) in try await service.records(query) },
                                          progress: { if throttle.due() { send(.storeSyncProgress(generation: generation, fetched: $0)) } })
            send(.storeSynced(generation: generation, result))
        })
    }

    static func syncStoreFirstPage(_ collection: StoreCollection, generation: Int) -> Effect {
        .store(StoreRequest(.storeSync, generation: generation, parameters: SyncParameters(collection: collection, full: false)) { store, service, send in
            guard let service else { return send(.storeSynced(generation: generation, .failure(AppFailure(ServiceRequest.noService.message)))) }
            let result = await store.syncFirstPage(collection, fetch: { query async throws(LizaError) in try await service.records(query) })
            send(.storeSynced(generation: generation, result))
        })
    }

    static func readStoreDiff(_ collection: StoreCollection, id: String, generation: Int) -> Effect {
        .store(StoreRequest(.storeDiff, generation: generation, parameters: DiffParameters(collection: collection, id: id)) { store, _, send in
            send(.storeDiffRead(generation: generation, await store.diff(collection, id: id)))
        })
    }

    struct WindowParameters: Hashable, Sendable { let collection: StoreCollection; let key: StoreWindowKey }
    struct SyncParameters: Hashable, Sendable { let collection: StoreCollection; let full: Bool }
    struct DiffParameters: Hashable, Sendable { let collection: StoreCollection; let id: String }
}

extension Action {
    static func storeWindowRead(_ key: StoreWindowKey, _ result: Result<StoreWindowRows, AppFailure>) -> Action {
        .answered(ServiceAnswer(.storeWindow, generation: key.version, key, isResponse: false) { state in
            RecordsUpdate.storeWindowRead(&state, key, result)
        })
    }

    static func storeSyncProgress(generation: Int, fetched: Int) -> Action {
        .answered(ServiceAnswer(.storeSync, generation: generation, fetched, isResponse: true) { state in
            RecordsUpdate.storeSyncProgress(&state, generation: generation, fetched: fetched)
        })
    }

    static func storeSynced(generation: Int, _ result: Result<StoreSyncReport, AppFailure>) -> Action {
        .answered(ServiceAnswer(.storeSync, generation: generation, result, isResponse: false) { state in
            RecordsUpdate.storeSynced(&state, generation: generation, result)
        })
    }

    static func storeDiffRead(generation: Int, _ result: Result<[StoreDiffField], AppFailure>) -> Action {
        .answered(ServiceAnswer(.storeDiff, generation: generation, result, isResponse: false) { state in
            RecordsUpdate.storeDiffRead(&state, generation: generation, result)
        })
    }
}
