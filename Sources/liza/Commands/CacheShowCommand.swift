import ArgumentParser
import Foundation
import LizaAPI
import LizaStore
import OrderedJSON

/// `liza cache [show]`.
struct CacheShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the record store (the default).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        let settings = context.settings
        let file = RecordStoreFiles.databaseFile(paths: context.paths, profile: settings.profile)
        let now = Date().timeIntervalSince1970
        let exists = FileManager.default.fileExists(atPath: file)
        var summaries: [CollectionSummary] = []
        if exists {
            let store = try RecordStoreAccess.openExisting(context)
            do { summaries = try await store.summaries() } catch { throw RecordStoreAccess.failure(error) }
            await store.close()
        }
        if global.json {
            let collections = summaries.map(Self.json)
            JSONOutput.print(.object([
                ("profile", .string(settings.profile)), ("policy", .string(settings.cache.rawValue)),
                ("file", exists ? .string(file) : .null), ("bytes", .number(String(exists ? RecordStoreFiles.size(of: file) : 0))),
                ("collections", .array(collections)),
            ]), console: console)
            return
        }
        console.line("profile \(TerminalText.cell(settings.profile)): cache = \"\(settings.cache.rawValue)\"")
        guard exists else {
            console.line(settings.cache == .persist ? "nothing stored yet (liza records CONN CATEGORY OBJECT --sync stores records)"
                : "no stored records (records are kept only while liza runs)")
            return
        }
        console.line("\(context.paths.abbreviated(file)): \(RecordStoreAccess.size(RecordStoreFiles.size(of: file)))")
        guard !summaries.isEmpty else { console.line("no collections"); return }
        let table = TablePrinter(headers: ["CONNECTION", "CATEGORY", "OBJECT", "RECORDS", "CHANGED", "SYNCED", "FULL SYNC"], keep: [0])
        let rows = summaries.map { s in
            [TerminalText.cell(s.key.connectionID), TerminalText.cell(s.key.category), TerminalText.cell(s.key.objectType), String(s.count),
             String(s.changed), RecordStoreAccess.age(s.syncedAt, now: now), RecordStoreAccess.age(s.fullSyncedAt, now: now)]
        }
        if console.stdoutIsTTY {
            let widths = table.widths(for: rows, totalWidth: console.width)
            console.line(table.headerLine(widths: widths, bold: console.bold))
            for row in rows { console.line(table.line(row, widths: widths)) }
        } else {
            console.line(["connection", "category", "object", "records", "changed", "synced", "full_sync"].joined(separator: "\t"))
            for row in rows { console.line(row.joined(separator: "\t")) }
        }
    }
}

extension CacheShowCommand {
    static func json(_ s: CollectionSummary) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = []
        pairs.append((key: "connection_id", value: .string(s.key.connectionID)))
        pairs.append((key: "category", value: .string(s.key.category)))
        pairs.append((key: "object", value: .string(s.key.objectType)))
        pairs.append((key: "records", value: .int(s.count)))
        pairs.append((key: "changed", value: .int(s.changed)))
        let synced: JSONValue = s.syncedAt.map { JSONValue.double($0) } ?? .null
        let full: JSONValue = s.fullSyncedAt.map { JSONValue.double($0) } ?? .null
        let newest: JSONValue = s.newestUpdatedAt.map { JSONValue.string($0) } ?? .null
        pairs.append((key: "synced_at", value: synced))
        pairs.append((key: "full_synced_at", value: full))
        pairs.append((key: "newest_updated_at", value: newest))
        return .object(pairs)
    }
}
