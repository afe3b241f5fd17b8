/// The bounded-concurrency, in-order paging engine behind `LizaClient.fetchAll` and the TUI's
/// load-all. It takes the page fetch as a function so callers with their own service seam
/// (the TUI's tests inject failures) share one implementation.
public enum RecordPaging {
    /// The most pages one run requests (a million records at 100 a page … ten million). A
    /// server that answers `has_more` forever with new records each time is stopped here
    /// with an error instead of running without end.
    public static let maxPages = 100_000

    /// A page with the same records as the one before: the server ignores `offset` and would
    /// answer `has_more` forever.
    static func repeatedPage(offset: Int, yielded: Int) -> LizaError {
        LizaError(kind: .decoding,
                  message: "the server sent the same page again at offset \(offset) (it seems to ignore offset); stopped after \(yielded) records")
    }

    /// `maxPages` pages and the server still says there is more.
    static func tooManyPages(_ pages: Int = maxPages, yielded: Int) -> LizaError {
        LizaError(kind: .decoding,
                  message: "stopped after \(pages) pages (\(yielded) records): the server keeps saying there is more")
    }

    /// The number of pages `maxRecords` records take at `limit` a page, without overflow
    /// (`--max 9223372036854775807` means "all of them"), capped at `maxPages`.
    static func pagesNeeded(for maxRecords: Int, limit: Int) -> Int {
        guard maxRecords > 0, limit > 0 else { return 0 }
        let pages = maxRecords / limit + (maxRecords % limit == 0 ? 0 : 1)
        return Swift.min(pages, maxPages)
    }

    /// Requests offset pages of `query` (page `i` at `offset + i·limit`) with at most
    /// `concurrency` pages requested-but-not-yet-yielded, and yields them strictly in offset
    /// order. Stops after the first short (or empty, or `has_more: false`) page, or `maxRecords`
    /// records (the last page trimmed); requests beyond the end are cancelled. A page equal to
    /// the previous one (a server ignoring `offset`) or a run beyond `maxPages` ends with an
    /// error. A cancelled caller stops with `.cancelled`.
    /// `pageLimit` (at most `maxPages`) bounds the run; tests lower it.
    /// - Returns: the number of records yielded, or the error that ended the run once every page
    ///   before it was yielded.
    public static func fetchPages(
        _ unchecked: RecordQuery, concurrency: Int, maxRecords: Int?, pageLimit: Int = maxPages,
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
        let pageLimit = min(max(1, pageLimit), Self.maxPages)
        let maxPages = min(maxRecords.map { pagesNeeded(for: $0, limit: limit) } ?? pageLimit, pageLimit)
        if maxPages == 0 { return .success(0) }

        return await withTaskGroup(of: (Int, Result<RecordPage, LizaError>).self, returning: Result<Int, LizaError>.self) { group in
            var launched = 0
            var nextToYield = 0
            var buffered: [Int: Result<RecordPage, LizaError>] = [:]
            var remaining = maxRecords
            var yielded = 0
            var previous: RecordsFingerprint?

            func launchAllowed() -> Bool {
                launched < nextToYield + width && launched < maxPages
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
                    if nextToYield > 0 && page.records.isEmpty {
                        group.cancelAll()
                        return .success(yielded)
                    }
                    if nextToYield > 0 && fingerprint == previous {
                        group.cancelAll()
                        return .failure(repeatedPage(offset: page.offset, yielded: yielded))
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
                    if nextToYield >= maxPages {
                        group.cancelAll()
                        // More was wanted and the server says there is more, but enough is enough.
                        return .failure(tooManyPages(pageLimit, yielded: yielded))
                    }
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
        // offset ≤ Validation.maxOffset, index < maxPages and limit ≤ 100: no overflow.
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
