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
            let result = await RecordPaging.fetchPages(
                query, concurrency: concurrency, maxRecords: maxRecords,
                fetch: { q throws(LizaError) in try await client.records(q) }, yield: { continuation.yield($0) })
            if case .failure(let error) = result {
                continuation.finish(throwing: error)
            } else {
                continuation.finish()
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
