import ArgumentParser
import Foundation
import LizaAPI
import LizaStore

/// `liza cache clear [CONN]`.
struct CacheClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: "Remove stored records: every record database, or one connection's records of the profile's.")

    @Argument(help: "Only this connection's records (of the profile's store).") var connectionID: String?
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        if let connectionID {
            let file = RecordStoreFiles.databaseFile(paths: context.paths, profile: context.settings.profile)
            guard FileManager.default.fileExists(atPath: file) else {
                console.err("liza: nothing stored for profile '\(TerminalText.cell(context.settings.profile))'")
                return
            }
            let store = try RecordStoreAccess.openExisting(context)
            let removed: Int
            do {
                removed = try await store.remove(connectionID: connectionID)
                try await store.compact()
            } catch {
                await store.close()
                throw RecordStoreAccess.failure(error)
            }
            await store.close()
            console.err("removed \(removed) record\(removed == 1 ? "" : "s") of \(TerminalText.cell(connectionID))")
            return
        }
        let databases = RecordStoreFiles.allDatabases(paths: context.paths)
        for database in databases {
            do { try RecordStoreFiles.remove(database) } catch { throw RecordStoreAccess.failure(error) }
            console.err("removed \(context.paths.abbreviated(database))")
        }
        if databases.isEmpty { console.err("no record databases in \(context.paths.abbreviated(context.paths.cacheDirectory))") }
    }
}
