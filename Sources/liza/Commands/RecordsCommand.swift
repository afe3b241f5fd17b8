import ArgumentParser
import Foundation
import LizaAPI
import LizaStore
import OrderedJSON
import Suggestions

/// `liza records CONN CATEGORY OBJECT`: reads records, one page or all of them.
///
/// Enrichment objects (`person`, `company`) are lookups that answer with one object; they take
/// their lookup fields as `--filter key=value`.
struct RecordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Read records of a connection: one page, or every page with --all.",
        discussion: """
            Examples:
              liza records CONN crm contact --query ada --limit 20
              liza records CONN crm contact --all --json > contacts.ndjson    (one record per line)
              liza records CONN enrichment person --filter email=ada@example.com
              liza records CONN crm contact --sync --format csv > contacts.csv   (through the record store)
              liza records CONN crm contact --offline --query ada                 (the stored records, no network)
            Filters per object type: `liza objects CATEGORY`.
            Piped output: a header line of field names, then tab-separated rows (nested values as JSON).
            """
    )

    @Argument(help: "The connection id.") var connectionID: String
    @Argument(help: "The category, e.g. crm (Unified names such as hris are accepted).", completion: ShellCompletion.categories)
    var category: String
    @Argument(help: "The object type, e.g. contact (see `liza objects`).", completion: ShellCompletion.objectTypes)
    var objectType: String

    @Option(help: ArgumentHelp("Records per page, 1–100 (default 50; 100 with --all).", valueName: "n")) var limit: Int?
    @Option(help: ArgumentHelp("Start at this record (default 0).", valueName: "n")) var offset: Int?
    @Option(help: ArgumentHelp("Search by name, email or subject (provider-specific).", valueName: "text")) var query: String?
    @Option(name: .customLong("updated-since"), help: ArgumentHelp("Only records updated at or after this ISO 8601 time.", valueName: "time"))
    var updatedSince: String?
    @Option(name: .customLong("filter"), help: ArgumentHelp("An object-specific filter or lookup field (repeat).", valueName: "key=value"))
    var filters: [String] = []
    @Flag(help: "Read every page (4 requests at a time); with --json, print one record per line as pages arrive.")
    var all = false
    @Option(help: ArgumentHelp("Stop after this many records (implies --all); any larger count than there are means all.", valueName: "n")) var max: Int?

    @Flag(help: "Read every page through the profile's record store: only what changed since the last sync is fetched (implies --all).")
    var sync = false
    @Flag(name: .customLong("full-sync"), help: "With --sync: fetch everything, finding records deleted on the server.")
    var fullSync = false
    @Flag(help: "Read the stored records, no network: --query filters them, --limit/--offset pick a window, --all prints them all.")
    var offline = false
    @Option(help: ArgumentHelp("Print csv (RFC 4180), tsv, json (an array) or ndjson; csv and tsv use the table's columns, nested values flattened.",
                               valueName: "format"))
    var format: String?
    @Flag(help: "Print the curl command for the (first) page instead of sending it; the token is written $LIZA_TOKEN.")
    var curl = false

    @OptionGroup var global: GlobalOptions

    var recordFormat: RecordFormat? { format.flatMap { RecordFormat(rawValue: $0.lowercased()) } }

    func validate() throws {
        if let format, RecordFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be csv, tsv, json or ndjson (got '\(TerminalText.cell(format))')")
        }
        if format != nil && global.json { throw ValidationError("--json and --format go separately (--format json is an array, ndjson a line per record)") }
        if sync && offline { throw ValidationError("--sync fetches and --offline does not: use one") }
        if fullSync && !sync { throw ValidationError("--full-sync goes with --sync") }
        if sync && (query != nil || updatedSince != nil || !filters.isEmpty || offset != nil || max != nil || limit != nil) {
            throw ValidationError("--sync reads a whole object type: it takes no --query, --filter, --updated-since, --offset, --limit or --max")
        }
        if offline && (updatedSince != nil || !filters.isEmpty) {
            throw ValidationError("--offline filters stored records with --query only (not --filter or --updated-since)")
        }
        if let limit, !(1...100).contains(limit) { throw ValidationError("--limit must be between 1 and 100 (got \(limit))") }
        if let offset, !(0...Validation.maxOffset).contains(offset) {
            throw ValidationError("--offset must be between 0 and \(Validation.maxOffset) (got \(offset))")
        }
        if let max, max < 1 { throw ValidationError("--max must be 1 or more (got \(max))") }
    }

    func run() async throws {
        let category = try CategoryArgument.parse(self.category)
        let object = try CategoryArgument.checkObject(objectType, in: category)
        let fields = try parseFilters(object: object, category: category)
        let context = try CommandContext.make(global.settingsFlags)

        if object?.kind == .lookup {
            try checkLookupFlags(object: object, fields: fields)
            if curl { throw CLIFailure.usage("--curl prints record pages; \(category.rawValue) \(objectType) is a lookup") }
            let value = try await context.withClient {
                try await $0.lookup(connectionID: connectionID, category: category, objectType: objectType, fields: fields)
            }
            printLookup(value, console: context.console)
            return
        }

        if offline {
            try await printStored(context: context, category: category)
            return
        }
        if sync {
            try await syncAndPrint(context: context, category: category)
            return
        }

        let readAll = all || max != nil
        let query = RecordQuery(
            connectionID: connectionID, category: category, objectType: objectType,
            limit: limit ?? (readAll ? 100 : 50), offset: offset ?? 0, query: query, updatedSince: updatedSince, filters: fields
        )
        if curl {
            context.console.line(TerminalText.cell(try CurlCommand.records(baseURL: context.settings.baseURL.description, query)))
            return
        }
        var output = RecordSink(console: context.console, json: global.json, streaming: readAll, format: recordFormat)
        try await context.withClient { client in
            if readAll {
                for try await page in client.fetchAll(query, concurrency: 4, maxRecords: max) {
                    output.page(page.records)
                }
                output.finish(summary: nil)
            } else {
                let page = try await client.records(query)
                output.page(page.records)
                output.finish(summary: Self.summary(page))
            }
        }
    }

    /// `--offline`: the profile's stored records, no network.
    private func printStored(context: CommandContext, category: Category) async throws {
        let store = try RecordStoreAccess.openExisting(context)
        let key = RecordCollectionKey(connectionID: connectionID, category: category.rawValue, objectType: objectType)
        let readAll = all || max != nil
        var output = RecordSink(console: context.console, json: global.json, streaming: readAll, format: recordFormat)
        do {
            guard try await store.summary(key) != nil else {
                await store.close()
                throw CLIFailure("nothing stored for \(TerminalText.cell(key.description)): sync it first with --sync", exitCode: ExitStatus.apiError)
            }
            let total = try await store.count(key, filter: query)
            if readAll {
                output = try await store.reduceBatches(key, filter: query, into: output) { sink, batch in
                    sink.page(batch.compactMap(\.value))
                    return true
                }
                output.finish(summary: "\(total) stored record\(total == 1 ? "" : "s") (offline)")
            } else {
                let start = offset ?? 0, size = limit ?? 50
                let rows = try await store.rows(key, offset: start, limit: size, filter: query)
                output.page(rows.compactMap(\.value))
                let range = rows.isEmpty ? "no records" : "records \(start + 1)–\(start + rows.count)"
                output.finish(summary: "\(range) of \(total) stored (offline)")
            }
        } catch {
            await store.close()
            throw RecordStoreAccess.failure(error)
        }
        await store.close()
    }

    /// `--sync`: brings the store up to date (incrementally when it can), then prints it all.
    private func syncAndPrint(context: CommandContext, category: Category) async throws {
        let store = try RecordStoreAccess.open(context)
        let key = RecordCollectionKey(connectionID: connectionID, category: category.rawValue, objectType: objectType)
        let sync = RecordSync(fullSyncAfter: Double(context.settings.fullSyncAfter))
        let showProgress = context.console.stderrIsTTY
        let report: RecordSync.Report
        do {
            report = try await context.withClient { client in
                try await sync.run(key, category: category, store: store, mode: fullSync ? .full : .automatic,
                                   now: Date().timeIntervalSince1970,
                                   fetch: { q throws(LizaError) in try await client.records(q) },
                                   progress: { n in if showProgress { Console.emit("\rliza: \(n) fetched…", to: STDERR_FILENO) } })
            }
            if showProgress { Console.emit("\r\u{1B}[K", to: STDERR_FILENO) }
            var output = RecordSink(console: context.console, json: global.json, streaming: true, format: recordFormat)
            output = try await store.reduceBatches(key, into: output) { sink, batch in
                sink.page(batch.compactMap(\.value))
                return true
            }
            let o = report.outcome
            output.finish(summary: "\(report.stored) records; \(report.full ? "full" : "incremental") sync: \(report.fetched) fetched in \(report.pages) page\(report.pages == 1 ? "" : "s"), "
                + "\(o.new) new, \(o.changed) changed, \(o.deleted.count) deleted")
        } catch {
            if showProgress { Console.emit("\r\u{1B}[K", to: STDERR_FILENO) }
            await store.close()
            throw RecordStoreAccess.failure(error)
        }
        await store.close()
    }

    /// `key=value` pairs, checked against the catalog when the object type is known.
    private func parseFilters(object: ObjectType?, category: Category) throws -> [String: String] {
        var fields: [String: String] = [:]
        for filter in filters {
            guard let equals = filter.firstIndex(of: "="), equals != filter.startIndex else {
                throw CLIFailure.usage("--filter must be key=value (got '\(TerminalText.cell(filter))')")
            }
            let key = String(filter[..<equals])
            let value = String(filter[filter.index(after: equals)...])
            if let object, !object.filters.contains(key) {
                let known = object.filters.isEmpty ? "none" : object.filters.joined(separator: ", ")
                let hint = Suggestion.closest(to: key, among: object.filters).map { " did you mean \($0)?" } ?? ""
                throw CLIFailure.usage("unknown filter '\(TerminalText.cell(key))' for \(category.rawValue) \(object.name):\(hint) (filters: \(known))")
            }
            fields[key] = value
        }
        return fields
    }

    private func checkLookupFlags(object: ObjectType?, fields: [String: String]) throws {
        let name = object.map { "\($0.category.rawValue) \($0.name)" } ?? objectType
        if all || max != nil || limit != nil || offset != nil || query != nil || updatedSince != nil || sync || offline || format != nil {
            throw CLIFailure.usage("\(name) is a lookup that returns one object: use --filter (not --all, --max, --limit, --offset, --query, --updated-since)")
        }
        if fields.isEmpty {
            let known = object?.filters.joined(separator: ", ") ?? ""
            throw CLIFailure.usage("\(name) is a lookup: give at least one --filter key=value (\(known))")
        }
    }

    private func printLookup(_ value: JSONValue, console: Console) {
        if global.json {
            JSONOutput.print(value, console: console)
        } else if let pairs = value.objectValue {
            KeyValuePrinter.print(pairs.map { ($0.key, console.stdoutIsTTY ? RecordColumns.cell($0.value) : RecordColumns.scriptCell($0.value)) }, console: console)
        } else {
            JSONOutput.print(value, console: console)
        }
    }

    static func summary(_ page: RecordPage) -> String {
        let range = page.records.isEmpty ? "no records" : "records \(page.offset + 1)–\(page.offset + page.records.count)"
        let total = page.total.map { " of \($0)" } ?? ""
        let more = page.hasMore ? "; more with --offset \(page.offset + page.records.count) or --all" : ""
        return range + total + more
    }
}
