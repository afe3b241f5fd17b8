import Testing
import LizaAPI
import OrderedJSON

/// A stub server of `total` records `{"i":n}` that pages by `limit`/`offset`.
func pagingStub(total: Int, envelope: @escaping @Sendable ([String], Int, Int) -> String = { items, _, _ in "[" + items.joined(separator: ",") + "]" },
                delay: (@Sendable (Int) async -> Void)? = nil, failAtOffset: Int? = nil) -> StubTransport {
    StubTransport { request, _ throws(TransportError) in
        let query = queryParameters(request.url)
        let limit = Int(query["limit"] ?? "") ?? 50
        let offset = Int(query["offset"] ?? "") ?? 0
        if let delay { await delay(offset) }
        if Task.isCancelled { throw .cancelled }
        if offset == failAtOffset { return .json(#"{"message":"page failed"}"#, status: 400) }
        let items = (offset..<max(offset, min(total, offset + limit))).map { #"{"i":\#($0)}"# }
        return .json(envelope(items, offset, limit))
    }
}

func queryParameters(_ url: String) -> [String: String] {
    guard let q = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return [:] }
    var out: [String: String] = [:]
    for pair in q.split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        out[parts[0]] = parts.count > 1 ? parts[1] : ""
    }
    return out
}

func indices(_ pages: [RecordPage]) -> [Int] {
    pages.flatMap { $0.records.compactMap { $0["i"]?.intValue } }
}

@Suite("Pagination")
struct PaginationTests {
    let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 10)

    @Test func pagesStopAtTheFirstShortPage() async throws {
        let stub = pagingStub(total: 25)
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).pages(for: query) { pages.append(page) }
        #expect(pages.map(\.offset) == [0, 10, 20])
        #expect(indices(pages) == Array(0..<25))
        #expect(stub.requestCount == 3)
    }

    @Test func pagesExactMultipleEndsWithoutAnEmptyPage() async throws {
        let stub = pagingStub(total: 20)
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).pages(for: query) { pages.append(page) }
        #expect(pages.map(\.records.count) == [10, 10])
        #expect(stub.requestCount == 3)
    }

    @Test func pagesHonourHasMoreAndMaxRecords() async throws {
        let stub = pagingStub(total: 100) { items, offset, _ in
            #"{"items":[\#(items.joined(separator: ","))],"has_more":\#(offset < 10)}"#
        }
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).pages(for: query) { pages.append(page) }
        #expect(pages.map(\.offset) == [0, 10])

        let capped = pagingStub(total: 100)
        var cappedPages: [RecordPage] = []
        for try await page in try TestClient.make(capped).pages(for: query, maxRecords: 25) { cappedPages.append(page) }
        #expect(indices(cappedPages) == Array(0..<25))
        #expect(capped.requests.map { queryParameters($0.url)["limit"] } == ["10", "10", "5"])
    }

    @Test func pagesEmptyListYieldsOneEmptyPage() async throws {
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(pagingStub(total: 0)).pages(for: query) { pages.append(page) }
        #expect(pages.count == 1)
        #expect(pages.first?.records.isEmpty == true)
    }

    @Test func pagesStopWithAnErrorWhenServerIgnoresOffset() async throws {
        let stub = StubTransport { _, _ throws(TransportError) in .json("[" + (0..<10).map { #"{"i":\#($0)}"# }.joined(separator: ",") + "]") }
        var pages: [RecordPage] = []
        await #expect(throws: LizaError.self) {
            for try await page in try TestClient.make(stub).pages(for: query) { pages.append(page) }
        }
        #expect(pages.count == 1)
        #expect(stub.requestCount == 2)
    }

    @Test func pagesThrowTheFirstFailure() async {
        let stub = pagingStub(total: 100, failAtOffset: 20)
        var seen: [Int] = []
        do {
            for try await page in try TestClient.make(stub).pages(for: query) { seen.append(page.offset) }
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .validation)
            #expect(error.message == "page failed")
        }
        #expect(seen == [0, 10])
    }

    @Test func fetchAllYieldsInOrderWithBoundedConcurrency() async throws {
        // Later pages answer faster than earlier ones, so completion order differs from offset order.
        let stub = pagingStub(total: 95, delay: { offset in
            let slowness = max(0, 100 - offset)
            for _ in 0..<(slowness / 10) { await Task.yield() }
            try? await Task.sleep(for: .milliseconds(slowness / 20))
        })
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).fetchAll(query, concurrency: 4) { pages.append(page) }
        #expect(pages.map(\.offset) == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
        #expect(indices(pages) == Array(0..<95))
        #expect(stub.maxInFlight <= 4)
        #expect(stub.maxInFlight >= 2)
        // Requests beyond the short page may have been started (then cancelled) but never more
        // than the window allows.
        #expect(stub.requestCount <= 10 + 3)
    }

    @Test func fetchAllWithConcurrencyOneIsSequential() async throws {
        let stub = pagingStub(total: 35)
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).fetchAll(query, concurrency: 1) { pages.append(page) }
        #expect(indices(pages) == Array(0..<35))
        #expect(stub.maxInFlight == 1)
        #expect(stub.requestCount == 4)
    }

    @Test func fetchAllMaxRecordsAndHasMore() async throws {
        let stub = pagingStub(total: 1000)
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).fetchAll(query, concurrency: 3, maxRecords: 42) { pages.append(page) }
        #expect(indices(pages) == Array(0..<42))
        #expect(stub.requestCount == 5)

        let flagged = pagingStub(total: 1000) { items, offset, _ in
            #"{"data":[\#(items.joined(separator: ","))],"has_more":\#(offset < 20)}"#
        }
        var flaggedPages: [RecordPage] = []
        for try await page in try TestClient.make(flagged).fetchAll(query) { flaggedPages.append(page) }
        #expect(flaggedPages.map(\.offset) == [0, 10, 20])
    }

    @Test func fetchAllReportsAFailureAfterEarlierPages() async {
        let stub = pagingStub(total: 1000, failAtOffset: 30)
        var seen: [Int] = []
        do {
            for try await page in try TestClient.make(stub).fetchAll(query) { seen.append(page.offset) }
            Issue.record("expected an error")
        } catch let error as LizaError {
            #expect(error.message == "page failed")
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(seen == [0, 10, 20])
    }

    @Test func fetchAllIgnoresFailuresBeyondTheEnd() async throws {
        let stub = pagingStub(total: 15, failAtOffset: 30)
        var pages: [RecordPage] = []
        for try await page in try TestClient.make(stub).fetchAll(query, concurrency: 4) { pages.append(page) }
        #expect(indices(pages) == Array(0..<15))
    }

    @Test func fetchAllValidatesFirst() async {
        let stub = pagingStub(total: 10)
        var bad = query
        bad.limit = 0
        do {
            for try await _ in try TestClient.make(stub).fetchAll(bad) {}
            Issue.record("expected an error")
        } catch let error as LizaError {
            #expect(error.field == .limit)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(stub.requestCount == 0)
    }

    @Test func stoppingTheConsumerCancelsInFlightRequests() async throws {
        // Page 0 answers; every later page hangs until cancelled.
        let stub = StubTransport { request, _ throws(TransportError) in
            let offset = Int(queryParameters(request.url)["offset"] ?? "") ?? 0
            if offset == 0 { return .json("[" + (0..<10).map { #"{"i":\#($0)}"# }.joined(separator: ",") + "]") }
            await StubTransport.waitForCancellation()
            throw .cancelled
        }
        var first: RecordPage?
        // The stream is a temporary: leaving the loop releases it and its iterator.
        for try await page in try TestClient.make(stub).fetchAll(query, concurrency: 4) {
            first = page
            break
        }
        #expect(first?.offset == 0)
        // Leaving the loop terminates the stream; the hanging requests must end.
        #expect(await eventually { stub.requestCount >= 4 && stub.inFlightCount == 0 })
    }

    @Test func cancellingTheConsumerTaskEndsTheStream() async throws {
        let stub = StubTransport([.hang, .hang, .hang, .hang])
        let client = try TestClient.make(stub)
        let consumer = Task {
            var count = 0
            do {
                for try await _ in client.fetchAll(query) { count += 1 }
            } catch {}
            return count
        }
        #expect(await eventually { stub.requestCount == 4 })
        consumer.cancel()
        #expect(await consumer.value == 0)
        #expect(await eventually { stub.inFlightCount == 0 })
    }
}
