import ArgumentParser
import LizaAPI
import OrderedJSON

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

    @Flag(help: "Print the curl command for the (first) page instead of sending it; the token is written $LIZA_TOKEN.")
    var curl = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
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

        let readAll = all || max != nil
        let query = RecordQuery(
            connectionID: connectionID, category: category, objectType: objectType,
            limit: limit ?? (readAll ? 100 : 50), offset: offset ?? 0, query: query, updatedSince: updatedSince, filters: fields
        )
        if curl {
            context.console.line(TerminalText.cell(try CurlCommand.records(baseURL: context.settings.baseURL, query)))
            return
        }
        var output = RecordOutput(console: context.console, json: global.json, streaming: readAll)
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
                let close = object.filters.min { EditDistance.between(key, $0) < EditDistance.between(key, $1) }
                let hint = close.map { EditDistance.between(key, $0) <= 2 ? " did you mean \($0)?" : "" } ?? ""
                throw CLIFailure.usage("unknown filter '\(TerminalText.cell(key))' for \(category.rawValue) \(object.name):\(hint) (filters: \(known))")
            }
            fields[key] = value
        }
        return fields
    }

    private func checkLookupFlags(object: ObjectType?, fields: [String: String]) throws {
        let name = object.map { "\($0.category.rawValue) \($0.name)" } ?? objectType
        if all || max != nil || limit != nil || offset != nil || query != nil || updatedSince != nil {
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
