import Foundation
import TUIKit
import LizaAPI

/// `L`: fetches every page from `query.offset` on with at most `concurrency` requests in flight,
/// delivering pages in order so the table grows from the top. Cancellable at any point.
enum LoadAll {
    /// - Returns: the number of records fetched, or the error that stopped the run (pages already
    ///   delivered stay delivered).
    static func run(_ query: RecordQuery, service: any LizaService, concurrency: Int, maxRecords: Int,
                    deliver: @escaping @Sendable (RecordPage) -> Void) async -> Result<Int, LizaError> {
        let limit = max(1, query.limit)
        var fetched = 0
        var nextOffset = query.offset
        var done = false
        let width = max(1, concurrency)
        while !done {
            if Task.isCancelled { return .failure(LizaError(kind: .cancelled, message: "cancelled")) }
            // One window of pages at consecutive offsets, fetched together.
            let offsets = (0..<width).map { nextOffset + $0 * limit }
            let pages: [Result<RecordPage, LizaError>] = await withTaskGroup(of: (Int, Result<RecordPage, LizaError>).self) { group in
                for (i, offset) in offsets.enumerated() {
                    var q = query
                    q.offset = offset
                    q.limit = limit
                    group.addTask {
                        do throws(LizaError) { return (i, .success(try await service.records(q))) } catch { return (i, .failure(error)) }
                    }
                }
                var out = [Result<RecordPage, LizaError>?](repeating: nil, count: offsets.count)
                for await (i, r) in group { out[i] = r }
                return out.map { $0 ?? .failure(LizaError(kind: .cancelled, message: "cancelled")) }
            }
            for page in pages {
                switch page {
                case .failure(let e):
                    return .failure(e)
                case .success(let p):
                    if Task.isCancelled { return .failure(LizaError(kind: .cancelled, message: "cancelled")) }
                    deliver(p)
                    fetched += p.records.count
                    if !p.hasMore || p.records.isEmpty || fetched >= maxRecords {
                        done = true
                    }
                }
                if done { break }
            }
            nextOffset += width * limit
        }
        return .success(fetched)
    }
}
