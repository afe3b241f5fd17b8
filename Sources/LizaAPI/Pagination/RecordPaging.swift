/// The bounded-concurrency, in-order paging engine behind `LizaClient.fetchAll` and the TUI's
/// load-all. It takes the page fetch as a function so callers with their own service seam
/// (the TUI's tests inject failures) share one implementation.
public enum RecordPaging {
    /// Requests offset pages of `query` (page `i` at `offset + i·limit`) with at most
    /// `concurrency` pages requested-but-not-yet-yielded, and yields them strictly in offset
    /// order. Stops after the first short (or empty, or `has_more: false`) page, a page equal to
    /// the previous one (a server ignoring `offset`), or `maxRecords` records (the last page
    /// trimmed); requests beyond the end are cancelled. A cancelled caller stops with `.cancelled`.
    /// - Returns: the number of records yielded, or the error that ended the run once every page
    ///   before it was yielded.
    public static func fetchPages(
        _ unchecked: RecordQuery, concurrency: Int, maxRecords: Int?,
        fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
        yield: @escaping @Sendable (RecordPage) -> Void
    ) async -> Result<Int, LizaError> {
        let query: RecordQuery
        do throws(LizaError) {
            query = try Validation.validated(unchecked)
        } catch {
            return .failure(error)
        }
        let width = max(1, concurrency)
        let limit = query.limit
        let maxPages = maxRecords.map { max(0, ($0 + limit - 1) / limit) }
        if maxPages == 0 { return .success(0) }

        return await withTaskGroup(of: (Int, Result<RecordPage, LizaError>).self, returning: Result<Int, LizaError>.self) { group in
            var launched = 0
            var nextToYield = 0
            var buffered: [Int: Result<RecordPage, LizaError>] = [:]
            var remaining = maxRecords
            var yielded = 0
            var previous: RecordsFingerprint?

            func launchAllowed() -> Bool {
                launched < nextToYield + width && (maxPages.map { launched < $0 } ?? true)
            }
            func launchWhileAllowed() {
                while launchAllowed() {
                    launch(page: launched, of: query, fetch: fetch, in: &group)
                    launched += 1
                }
            }
            launchWhileAllowed()
            while let (index, result) = await group.next() {
                buffered[index] = result
                while let ready = buffered.removeValue(forKey: nextToYield) {
                    let page: RecordPage
                    switch ready {
                    case .failure(let error):
                        group.cancelAll()
                        return .failure(error)
                    case .success(let p):
                        page = p
                    }
                    let fingerprint = RecordsFingerprint(page.records)
                    if nextToYield > 0 && (page.records.isEmpty || fingerprint == previous) {
                        group.cancelAll()
                        return .success(yielded)
                    }
                    previous = fingerprint
                    var trimmed = page
                    if let left = remaining, trimmed.records.count > left {
                        trimmed.records = Array(trimmed.records.prefix(left))
                    }
                    remaining = remaining.map { $0 - trimmed.records.count }
                    yielded += trimmed.records.count
                    yield(trimmed)
                    if page.records.count < limit || !page.hasMore || (remaining ?? 1) <= 0 {
                        group.cancelAll()
                        return .success(yielded)
                    }
                    nextToYield += 1
                }
                if Task.isCancelled {
                    group.cancelAll()
                    return .failure(LizaError.cancelledByCaller)
                }
                launchWhileAllowed()
            }
            return .success(yielded)
        }
    }

    private static func launch(
        page index: Int, of query: RecordQuery,
        fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
        in group: inout TaskGroup<(Int, Result<RecordPage, LizaError>)>
    ) {
        var pageQuery = query
        pageQuery.offset = query.offset + index * query.limit
        group.addTask {
            // Result is built outside a typed-throws `do` on purpose: with Swift 6.3 in release
            // builds, returning the tuple from inside `do throws(LizaError) { … }` in this child
            // task produced a wrong page index (pages were yielded under the wrong offset and the
            // stream ended after one page). liza-bench's records benchmark caught it.
            let result: Result<RecordPage, LizaError>
            do {
                result = .success(try await fetch(pageQuery))
            } catch let error as LizaError {
                result = .failure(error)
            } catch {
                result = .failure(LizaError.cancelledByCaller)
            }
            return (index, result)
        }
    }
}
