import OrderedJSON

/// Pages of a record list, requested one after another as the consumer iterates.
///
/// Starts at the query's offset and stops after the first short page, a page whose envelope
/// says `has_more: false`, an empty page, or once `maxRecords` records were yielded (the last
/// page is trimmed to fit). A request failure ends the iteration by throwing it, and so does a
/// page equal to the one before (a server ignoring `offset`) or more than
/// `RecordPaging.maxPages` pages.
public struct RecordPageSequence: AsyncSequence, Sendable {
    public typealias Element = RecordPage
    public typealias Failure = LizaError

    public let client: LizaClient
    public let query: RecordQuery
    public let maxRecords: Int?

    public init(client: LizaClient, query: RecordQuery, maxRecords: Int? = nil) {
        self.client = client
        self.query = query
        self.maxRecords = maxRecords
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, query: query, remaining: maxRecords)
    }

    public struct Iterator: AsyncIteratorProtocol {
        public typealias Element = RecordPage
        public typealias Failure = LizaError

        let client: LizaClient
        var query: RecordQuery
        var remaining: Int?
        var finished = false
        var previous: RecordsFingerprint?
        var pagesRead = 0
        var yielded = 0
        let startOffset: Int

        init(client: LizaClient, query: RecordQuery, remaining: Int?) {
            self.client = client
            self.query = query
            self.remaining = remaining
            self.startOffset = query.offset
        }

        public mutating func next() async throws(LizaError) -> RecordPage? {
            try await next(isolation: nil)
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(LizaError) -> RecordPage? {
            guard !finished else { return nil }
            if let remaining, remaining <= 0 {
                finished = true
                return nil
            }
            guard pagesRead < RecordPaging.maxPages else {
                finished = true
                throw RecordPaging.tooManyPages(yielded: yielded)
            }
            pagesRead += 1
            var request = query
            if let remaining { request.limit = Swift.min(query.limit, remaining) }
            let page: RecordPage
            do {
                page = try await client.records(request)
            } catch {
                finished = true
                throw error
            }
            var trimmed = page
            if let remaining, trimmed.records.count > remaining {
                trimmed.records = Array(trimmed.records.prefix(remaining))
            }
            // A server that ignores `offset` would send the same page forever; stop instead.
            let fingerprint = RecordsFingerprint(page.records)
            let repeated = !page.records.isEmpty && previous == fingerprint
            previous = fingerprint
            if repeated {
                finished = true
                throw RecordPaging.repeatedPage(offset: page.offset, yielded: yielded)
            }
            if page.records.isEmpty && page.offset != startOffset {
                // The previous page was full and this one is empty: nothing more to show.
                finished = true
                return nil
            }
            remaining = remaining.map { $0 - trimmed.records.count }
            yielded += trimmed.records.count
            if page.records.isEmpty || page.records.count < request.limit || !page.hasMore || (remaining ?? 1) <= 0 {
                finished = true
            } else {
                query.offset = page.offset + page.records.count
            }
            return trimmed
        }
    }
}
