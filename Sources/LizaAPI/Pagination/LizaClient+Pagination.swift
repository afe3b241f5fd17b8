import OrderedJSON

extension LizaClient {
    /// Pages of `query`, fetched one at a time as you iterate (see `RecordPageSequence`).
    public func pages(for query: RecordQuery, maxRecords: Int? = nil) -> RecordPageSequence {
        RecordPageSequence(client: self, query: query, maxRecords: maxRecords)
    }

    /// Every page of `query`, fetched with up to `concurrency` requests in flight and yielded
    /// strictly in offset order.
    ///
    /// Page `i` is requested at `offset + i·limit`. A sliding window keeps at most `concurrency`
    /// pages requested-but-not-yet-yielded, so a slow page holds the window instead of letting
    /// requests run ahead without bound. The stream ends after the first short (or empty, or
    /// `has_more: false`) page, or when `maxRecords` records were yielded (the last page
    /// trimmed); requests beyond the end are cancelled and their results ignored. A failure
    /// ends the stream with a `LizaError` once all pages before it were yielded. Terminating
    /// the stream cancels every request in flight: cancelling the consuming task does, and so
    /// does leaving a `for try await page in client.fetchAll(…)` loop early (the stream and its
    /// iterator are released; a stream kept in a variable lives on until it is released).
    ///
    /// Pages are buffered by the stream if the consumer is slower than the network.
    public func fetchAll(_ query: RecordQuery, concurrency: Int = 4, maxRecords: Int? = nil) -> AsyncThrowingStream<RecordPage, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: RecordPage.self, throwing: (any Error).self)
        let client = self
        let task = Task {
            if let failure = await client.fetchPages(query, concurrency: concurrency, maxRecords: maxRecords, yield: { continuation.yield($0) }) {
                continuation.finish(throwing: failure)
            } else {
                continuation.finish()
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// The engine of `fetchAll`: returns the error that ended it, or nil at the end of the data.
    func fetchPages(_ unchecked: RecordQuery, concurrency: Int, maxRecords: Int?,
                    yield: @escaping @Sendable (RecordPage) -> Void) async -> LizaError? {
        let query: RecordQuery
        do throws(LizaError) {
            query = try Validation.validated(unchecked)
        } catch {
            return error
        }
        let width = max(1, concurrency)
        let limit = query.limit
        let maxPages = maxRecords.map { max(0, ($0 + limit - 1) / limit) }
        if maxPages == 0 { return nil }
        let client = self

        return await withTaskGroup(of: (Int, Result<RecordPage, LizaError>).self, returning: LizaError?.self) { group in
            var launched = 0
            var nextToYield = 0
            var buffered: [Int: Result<RecordPage, LizaError>] = [:]
            var remaining = maxRecords
            var previous: RecordsFingerprint?

            func launchAllowed() -> Bool {
                launched < nextToYield + width && (maxPages.map { launched < $0 } ?? true)
            }
            while launchAllowed() {
                Self.launch(page: launched, of: query, client: client, in: &group)
                launched += 1
            }
            while let (index, result) = await group.next() {
                buffered[index] = result
                while let ready = buffered.removeValue(forKey: nextToYield) {
                    let page: RecordPage
                    switch ready {
                    case .failure(let error):
                        group.cancelAll()
                        return error
                    case .success(let p):
                        page = p
                    }
                    let fingerprint = RecordsFingerprint(page.records)
                    if nextToYield > 0 && (page.records.isEmpty || fingerprint == previous) {
                        group.cancelAll()
                        return nil
                    }
                    previous = fingerprint
                    var trimmed = page
                    if let left = remaining, trimmed.records.count > left {
                        trimmed.records = Array(trimmed.records.prefix(left))
                    }
                    remaining = remaining.map { $0 - trimmed.records.count }
                    yield(trimmed)
                    if page.records.count < limit || !page.hasMore || (remaining ?? 1) <= 0 {
                        group.cancelAll()
                        return nil
                    }
                    nextToYield += 1
                }
                if Task.isCancelled {
                    group.cancelAll()
                    return LizaError.cancelledByCaller
                }
                while launchAllowed() {
                    Self.launch(page: launched, of: query, client: client, in: &group)
                    launched += 1
                }
            }
            return nil
        }
    }

    private func queryToValidate(_ query: RecordQuery) -> RecordQuery { query }

    private static func launch(page index: Int, of query: RecordQuery, client: LizaClient,
                               in group: inout TaskGroup<(Int, Result<RecordPage, LizaError>)>) {
        var pageQuery = query
        pageQuery.offset = query.offset + index * query.limit
        group.addTask {
            // Result is built outside a typed-throws `do` on purpose: with Swift 6.3 in release
            // builds, returning the tuple from inside `do throws(LizaError) { … }` in this child
            // task produced a wrong page index (pages were yielded under the wrong offset and the
            // stream ended after one page). liza-bench's records benchmark caught it.
            let result: Result<RecordPage, LizaError>
            do {
                result = .success(try await client.records(pageQuery))
            } catch let error as LizaError {
                result = .failure(error)
            } catch {
                result = .failure(LizaError.cancelledByCaller)
            }
            return (index, result)
        }
    }
}
