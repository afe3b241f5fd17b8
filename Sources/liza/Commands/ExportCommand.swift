import ArgumentParser
import Foundation
import LizaAPI
import LizaStore
import OrderedJSON

/// `liza export CONN CATEGORY OBJECT --format csv [--from-cache] [--output FILE]`: a whole
/// object type as CSV, TSV, a JSON array or NDJSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every record of an object type as csv, tsv, json or ndjson.",
        discussion: """
            Examples:
              liza export CONN crm contact --format csv --output contacts.csv
              liza export CONN crm contact --format ndjson --from-cache      (the stored records, no network)
            CSV follows RFC 4180 (CRLF line ends); csv and tsv use the table's columns with nested values flattened \
            (emails[0].email); json and ndjson keep the records as the server sent them.
            --output never replaces an existing file unless --force is given; a failed export removes its partial file.
            """
    )

    @Argument(help: "The connection id.") var connectionID: String
    @Argument(help: "The category, e.g. crm.", completion: ShellCompletion.categories) var category: String
    @Argument(help: "The object type, e.g. contact.", completion: ShellCompletion.objectTypes) var objectType: String

    @Option(help: ArgumentHelp("csv, tsv, json or ndjson (default csv).", valueName: "format")) var format: String = "csv"
    @Flag(name: .customLong("from-cache"), help: "Read the profile's stored records (no network).") var fromCache = false
    @Flag(help: "The same as --from-cache.") var offline = false
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var output: String?
    @Flag(help: "With --output: replace an existing file.") var force = false
    @Option(help: ArgumentHelp("With --from-cache: only records whose columns contain this text.", valueName: "text")) var query: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard RecordFormat(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format must be csv, tsv, json or ndjson (got '\(TerminalText.cell(format))')")
        }
        if query != nil && !(fromCache || offline) { throw ValidationError("--query filters stored records: add --from-cache") }
    }

    func run() async throws {
        let category = try CategoryArgument.parse(self.category)
        let object = try CategoryArgument.checkObject(objectType, in: category)
        if object?.kind == .lookup { throw CLIFailure.usage("\(category.rawValue) \(objectType) is a lookup, not a list: nothing to export") }
        let recordFormat = RecordFormat(rawValue: format.lowercased()) ?? .csv
        let context = try CommandContext.make(global.settingsFlags)
        let destination = try ExportDestination.open(output, force: force)
        var writer = FormattedRecords(format: recordFormat, fd: destination.fd, terminal: destination.isTerminal)
        do {
            if fromCache || offline {
                let store = try RecordStoreAccess.openExisting(context)
                let key = RecordCollectionKey(connectionID: connectionID, category: category.rawValue, objectType: objectType)
                do {
                    guard let summary = try await store.summary(key) else {
                        throw CLIFailure("nothing stored for \(TerminalText.cell(key.description)): sync it first with liza records … --sync",
                                         exitCode: ExitStatus.apiError)
                    }
                    writer = FormattedRecords(format: recordFormat, columns: summary.columns, fd: destination.fd, terminal: destination.isTerminal)
                    writer = try await store.reduceBatches(key, filter: query, into: writer) { sink, batch in
                        sink.stored(batch)
                        return true
                    }
                } catch {
                    await store.close()
                    throw RecordStoreAccess.failure(error)
                }
                await store.close()
            } else {
                let query = RecordQuery(connectionID: connectionID, category: category, objectType: objectType, limit: 100)
                try await context.withClient { client in
                    for try await page in client.fetchAll(query, concurrency: 4) { writer.page(page.records) }
                }
            }
            writer.finish()
            try destination.commit()
        } catch {
            destination.abandon()
            throw error
        }
        if output != nil, context.console.stderrIsTTY {
            context.console.err("\(writer.written) record\(writer.written == 1 ? "" : "s") written to \(TerminalText.cell(output ?? ""))")
        }
    }
}
