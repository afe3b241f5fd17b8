import LizaAPI
import OrderedJSON

/// Brings a collection of the store up to date with the server.
///
/// - **Incremental** (the default once a full sync completed): asks only for records with
///   `updated_gte` = the newest stored `updated_at` minus `overlap` (clocks and equal
///   timestamps), so after 10 changes it reads one page. It cannot see deletions.
/// - **Full** (forced, the first time, or when the last full sync is older than
///   `fullSyncAfter`): reads every page; rows it no longer sees are removed as deleted.
///
/// Pages are fetched with `RecordPaging` (bounded concurrency, in order) and written to the
/// store, one transaction per page, as they arrive; the store actor does the writing, off the
/// caller. Changed rows keep their previous version (`StoredRecord.previousJSON`).
public struct RecordSync: Sendable {
    public enum Mode: Hashable, Sendable {
        /// Incremental when possible, full when due.
        case automatic
        /// Full, whatever the store holds.
        case full
    }

    /// How a sync went.
    public struct Report: Hashable, Sendable {
        public var full: Bool
        /// The `updated_gte` sent (incremental syncs).
        public var updatedSince: String?
        public var pages: Int
        public var fetched: Int
        public var outcome: SyncOutcome
        /// Rows the collection holds afterwards.
        public var stored: Int
    }

    /// A full sync is due when the last one is older than this (seconds; config `full_sync_after`).
    public var fullSyncAfter: Double
    /// Seconds subtracted from the newest stored `updated_at` for `updated_gte`.
    public var overlap: Double
    /// Requests in flight.
    public var concurrency: Int
    /// Records per request (1–100).
    public var pageSize: Int

    public static let defaultFullSyncAfter: Double = 24 * 3_600

    public init(fullSyncAfter: Double = defaultFullSyncAfter, overlap: Double = 60, concurrency: Int = 4, pageSize: Int = 100) {
        self.fullSyncAfter = fullSyncAfter
        self.overlap = overlap
        self.concurrency = concurrency
        self.pageSize = pageSize
    }

    /// Whether a sync of a collection with this summary at `now` reads everything.
    public func isFull(_ mode: Mode, summary: CollectionSummary?, now: Double) -> Bool {
        guard mode == .automatic, let summary, let fullAt = summary.fullSyncedAt, summary.newestUpdatedAt.flatMap(UTCTime.seconds) != nil
        else { return true }
        return !(now - fullAt < fullSyncAfter) || now < fullAt
    }

    /// Syncs `collection` of `store` through `fetch` (a client's `records`). `progress` sees the
    /// running count after each stored page. A failure ends the sync (nothing is deleted) and
    /// is thrown once the pages before it are stored.
    public func run(
        _ collection: RecordCollectionKey, category: Category, store: RecordStore, mode: Mode = .automatic, now: Double,
        fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> Report {
        let summary = try await store.summary(collection)
        let full = isFull(mode, summary: summary, now: now)
        var query = RecordQuery(connectionID: collection.connectionID, category: category, objectType: collection.objectType,
                                limit: min(max(pageSize, 1), 100), offset: 0)
        if !full, let newest = summary?.newestUpdatedAt.flatMap(UTCTime.seconds) {
            let margin = Int64(min(max(overlap, 0), 86_400 * 366))
            query.updatedSince = UTCTime.format(newest - margin)
        }
        let ticket = try await store.beginSync(collection, full: full)
        var pages = 0, fetched = 0
        // The first page alone: when it is the only one (an incremental sync after a few
        // changes) no request runs ahead past the end, and its `total` bounds the rest.
        let first: RecordPage
        do {
            first = try await fetch(try Validation.validated(query))
            try await store.write(first.records, ticket: ticket)
        } catch {
            _ = try? await store.finishSync(ticket, complete: false, now: now)
            throw error
        }
        pages = 1
        fetched = first.records.count
        progress(fetched)
        var rest = query
        rest.offset = first.records.count
        let more = !first.records.isEmpty && first.records.count >= query.limit && first.hasMore
        // An incremental sync stops at the total the first page announced (no request past the
        // end); a full one reads until the server says it is done, so it cannot delete rows
        // that arrived while it ran.
        let cap = !full ? first.total.map { max(0, $0 - first.records.count) } : nil
        let (stream, continuation) = AsyncStream.makeStream(of: RecordPage.self)
        let width = max(1, concurrency)
        // Page i of the rest is requested only once page i - 2·width is written: at most that
        // many pages wait in memory however slow the writes are.
        let gate = PageGate()
        let base = rest.offset, pageSize = rest.limit
        let gatedFetch: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in
            let index = (q.offset - base) / max(pageSize, 1)
            await gate.wait(until: index - 2 * width + 1)
            if Task.isCancelled { throw LizaError.cancelledByCaller }
            return try await fetch(q)
        }
        let paging = Task {
            guard more, cap != 0 else {
                continuation.finish()
                return Result<Int, LizaError>.success(0)
            }
            let result = await RecordPaging.fetchPages(rest, concurrency: width, maxRecords: cap, fetch: gatedFetch, yield: { continuation.yield($0) })
            continuation.finish()
            return result
        }
        var writeError: (any Error)?
        await withTaskCancellationHandler {
            for await page in stream {
                guard writeError == nil else { continue }
                do {
                    try await store.write(page.records, ticket: ticket)
                    await gate.didWrite()
                    pages += 1
                    fetched += page.records.count
                    progress(fetched)
                } catch {
                    writeError = error
                    paging.cancel()
                }
            }
        } onCancel: {
            paging.cancel()
        }
        let result = await paging.value
        let complete = writeError == nil && (try? result.get()) != nil
        let outcome = try await store.finishSync(ticket, complete: complete, now: now)
        if let writeError { throw writeError }
        if case .failure(let error) = result { throw error }
        let stored = try await store.count(collection)
        return Report(full: full, updatedSince: query.updatedSince, pages: pages, fetched: fetched, outcome: outcome, stored: stored)
    }
}
