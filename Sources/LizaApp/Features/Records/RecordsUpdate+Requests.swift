import Foundation
import LizaAPI
import OrderedJSON

/// The Records pane's requests (a page, every page, a lookup) and their answers, for `RecordsUpdate`.
extension Effect {
    static func loadRecords(_ query: RecordQuery, generation: Int) -> Effect {
        .request(.call(.records, generation: generation, parameters: query,
                       { service async throws(LizaError) in try await service.records(query) },
                       answer: { .recordsLoaded(generation: generation, $0) }))
    }

    /// Every page from `query.offset` on, `concurrency` requests at a time, stopping at
    /// `maxRecords`: each page is an answer as it arrives (in order), then the end of the run.
    static func loadAllRecords(_ query: RecordQuery, concurrency: Int, maxRecords: Int, generation: Int) -> Effect {
        .request(ServiceRequest(.records, generation: generation, parameters: LoadAllParameters(query: query, concurrency: concurrency,
                                                                                               maxRecords: maxRecords)) { service, send in
            guard let service else { return send(.loadAllFinished(generation: generation, .failure(ServiceRequest.noService))) }
            // The same engine as LizaClient.fetchAll, over the service seam.
            let result = await RecordPaging.fetchPages(
                query, concurrency: concurrency, maxRecords: maxRecords,
                fetch: { page throws(LizaError) in try await service.records(page) },
                yield: { page in send(.loadAllPage(generation: generation, page)) })
            send(.loadAllFinished(generation: generation, result))
        })
    }

    static func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String],
                       generation: Int) -> Effect {
        .request(.call(.lookup, generation: generation,
                       parameters: LookupParameters(connectionID: connectionID, category: category, objectType: objectType, fields: fields),
                       { service async throws(LizaError) in
                           try await service.lookup(connectionID: connectionID, category: category, objectType: objectType, fields: fields)
                       },
                       answer: { .lookedUp(generation: generation, $0) }))
    }

    /// What a load-all run asks, for equality.
    struct LoadAllParameters: Hashable, Sendable {
        let query: RecordQuery
        let concurrency: Int
        let maxRecords: Int
    }

    /// What a lookup asks, for equality.
    struct LookupParameters: Hashable, Sendable {
        let connectionID: String
        let category: Category
        let objectType: String
        let fields: [String: String]
    }
}

extension Action {
    static func recordsLoaded(generation: Int, _ result: Result<RecordPage, LizaError>) -> Action {
        .answered(ServiceAnswer(.records, generation: generation, result) { state in
            RecordsUpdate.loaded(&state, generation: generation, result)
        })
    }

    /// A page of a load-all run (pages arrive in order).
    static func loadAllPage(generation: Int, _ page: RecordPage) -> Action {
        .answered(ServiceAnswer(.records, generation: generation, page) { state in
            RecordsUpdate.loadAllPage(&state, generation: generation, page)
        })
    }

    /// The load-all run ended (the error when it failed part-way; what was loaded stays).
    static func loadAllFinished(generation: Int, _ result: Result<Int, LizaError>) -> Action {
        .answered(ServiceAnswer(.records, generation: generation, result, isResponse: false) { state in
            RecordsUpdate.loadAllFinished(&state, generation: generation, result)
        })
    }

    static func lookedUp(generation: Int, _ result: Result<JSONValue, LizaError>) -> Action {
        .answered(ServiceAnswer(.lookup, generation: generation, result) { state in
            RecordsUpdate.lookedUp(&state, generation: generation, result)
        })
    }
}
