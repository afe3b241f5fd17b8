import Foundation
import LizaAPI
import LizaStore

/// Opening the profile's record store for a command, with CLI-shaped failures.
enum RecordStoreAccess {
    /// The store the profile's `cache` policy gives; `off` is a usage failure naming the key.
    static func open(_ context: CommandContext) throws -> RecordStore {
        let settings = context.settings
        do {
            guard let store = try RecordStoreFiles.open(policy: settings.cache, paths: context.paths, profile: settings.profile) else {
                throw CLIFailure.usage("the record store is off for profile '\(settings.profile)' (cache = \"off\" in config.toml)")
            }
            return store
        } catch let error as SQLiteError {
            throw CLIFailure(TerminalText.cell(error.description), exitCode: ExitStatus.apiError)
        }
    }

    /// The profile's persisted store when its file exists (no network, nothing created), for
    /// `--offline`, `--from-cache` and `liza cache`.
    static func openExisting(_ context: CommandContext) throws -> RecordStore {
        let file = RecordStoreFiles.databaseFile(paths: context.paths, profile: context.settings.profile)
        guard FileManager.default.fileExists(atPath: file) else {
            let hint = context.settings.cache == .persist
                ? "sync first: liza records CONN CATEGORY OBJECT --sync"
                : "set cache = \"persist\" in [profiles.\(context.settings.profile)] of config.toml, then sync with liza records … --sync"
            throw CLIFailure("no stored records for profile '\(context.settings.profile)': \(hint)", exitCode: ExitStatus.apiError)
        }
        do {
            return try RecordStore(file: file)
        } catch {
            throw CLIFailure(TerminalText.cell(error.description), exitCode: ExitStatus.apiError)
        }
    }

    /// A store failure as a CLI failure (its text is SQLite's and ours; made terminal-safe).
    static func failure(_ error: any Error) -> any Error {
        if let error = error as? SQLiteError { return CLIFailure(TerminalText.cell(error.description), exitCode: ExitStatus.apiError) }
        return error
    }

    /// "3 min ago", "2 h ago", "5 d ago".
    static func age(_ seconds: Double?, now: Double) -> String {
        guard let seconds, seconds.isFinite else { return "never" }
        let delta = max(0, now - seconds)
        if delta < 60 { return "\(Int(delta)) s ago" }
        if delta < 3_600 { return "\(Int(delta / 60)) min ago" }
        if delta < 86_400 { return "\(Int(delta / 3_600)) h ago" }
        return "\(Int(delta / 86_400)) d ago"
    }

    /// "12.3 MB".
    static func size(_ bytes: Int64) -> String {
        if bytes < 1_024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return String(format: "%.1f KB", Double(bytes) / 1_024) }
        if bytes < 1_073_741_824 { return String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        return String(format: "%.2f GB", Double(bytes) / 1_073_741_824)
    }
}
