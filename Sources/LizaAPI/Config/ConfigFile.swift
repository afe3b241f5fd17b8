import Foundation
import Suggestions
import TOMLKit

/// `config.toml`: the default profile and per-profile settings.
///
/// ```toml
/// default_profile = "work"
/// hyperlinks = false   # no OSC 8 links (also per profile)
///
/// [profiles.work]
/// base_url = "https://api.eu.liza.app/api"
/// theme = "nord"
/// timeout = 60      # seconds for one API call (1–3600)
/// cache = "persist" # the record store: "session" (default), "persist" or "off"
/// full_sync_after = "24h"   # re-read everything (finding deletions) after this long
/// read_only = true  # refuse every write (connect, callback, delete, non-GET passthrough)
///
/// mouse = false            # no mouse reporting in the TUI
///
/// [keys.records]           # remap TUI keys: COMMAND = "KEY" or ["KEY", …]
/// load_all = "A"
/// ```
///
/// A bad file never stops liza: a TOML syntax error means the whole file is ignored, a wrong
/// type or an unknown key means that entry is ignored, and each problem becomes a warning
/// with `file:line` that the CLI prints and the TUI shows (the posting behaviour, not ATAC's
/// panic).
public struct ConfigFile: Hashable, Sendable {
    /// `default_profile`, when set.
    public var defaultProfile: String?
    /// Top-level `hyperlinks`: false turns off OSC 8 links (clickable URLs) everywhere.
    public var hyperlinks: Bool?
    /// `[profiles.NAME]` tables by name.
    public var profiles: [String: ProfileConfig]
    /// Problems found while reading, each starting with `path:line:`.
    public var warnings: [String]
    /// True when the file exists (even if it could not be used).
    public var exists: Bool
    /// `[keys.CONTEXT]` assignments in file order (checked by the TUI, which knows the commands).
    public var keyAssignments: [KeyAssignment] = []
    /// `mouse`, when set (nil: the TUI's default, on).
    public var mouse: Bool?

    public init(defaultProfile: String? = nil, profiles: [String: ProfileConfig] = [:], warnings: [String] = [], exists: Bool = false) {
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.warnings = warnings
        self.exists = exists
    }

    /// The keys a profile table may hold.
    static let profileKeys = ["base_url", "theme", "timeout", "proxy", "ca_bundle", "hyperlinks", "cache", "full_sync_after", "read_only"]
    /// The keys the top level may hold.
    static let topLevelKeys = ["default_profile", "hyperlinks", "profiles", "keys", "mouse"]

    /// Reads `path`; a missing file is the empty configuration, without warnings.
    public static func load(from path: String) -> ConfigFile {
        switch TextFileReader.read(path) {
        case .missing:
            return ConfigFile()
        case .failed(let reason):
            return ConfigFile(warnings: ["\(path): \(reason); using the defaults"], exists: true)
        case .text(let text):
            var file = parse(text, path: path)
            file.exists = true
            return file
        }
    }

    /// Parses the text of a config file; `path` is only used in warnings.
    public static func parse(_ text: String, path: String) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = error.source.begin
            return ConfigFile(warnings: ["\(path):\(position.line):\(position.column): \(error.description); using the defaults"])
        } catch {
            return ConfigFile(warnings: ["\(path): not valid TOML; using the defaults"])
        }

        let locator = TOMLLineLocator(text: text)
        var file = ConfigFile()
        func warn(_ line: Int?, _ message: String) {
            file.warnings.append(line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)")
        }

        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "default_profile":
                if let name = value.string, !name.isEmpty {
                    file.defaultProfile = name
                } else {
                    warn(locator.lineOfKey(key, inTable: []), "default_profile must be a non-empty string, not \(Self.describe(value)); ignored")
                }
            case "hyperlinks":
                if let flag = value.bool { file.hyperlinks = flag } else {
                    warn(locator.lineOfKey(key, inTable: []), "hyperlinks must be true or false, not \(Self.describe(value)); ignored")
                }
            case "profiles":
                guard let profiles = value.table else {
                    warn(locator.lineOfKey(key, inTable: []), "profiles must be a table of [profiles.NAME] tables, not \(Self.describe(value)); ignored")
                    continue
                }
                for name in profiles.keys.sorted() {
                    guard let entry = profiles[name] else { continue }
                    guard let profileTable = entry.table else {
                        warn(locator.lineOfKey(name, inTable: ["profiles"]), "profiles.\(name) must be a table, not \(Self.describe(entry)); ignored")
                        continue
                    }
                    file.profiles[name] = readProfile(profileTable, name: name, locator: locator, warn: warn)
                }
            case "mouse":
                if let on = value.bool { file.mouse = on } else {
                    warn(locator.lineOfKey(key, inTable: []), "mouse must be true or false, not \(Self.describe(value)); ignored")
                }
            case "keys":
                guard let contexts = value.table else {
                    warn(locator.lineOfKey(key, inTable: []), "keys must be a table of [keys.CONTEXT] tables, not \(Self.describe(value)); ignored")
                    continue
                }
                file.keyAssignments = readKeys(contexts, locator: locator, warn: warn)
            default:
                warn(locator.lineOfKey(key, inTable: []), "unknown key '\(key)'\(Self.didYouMean(key, among: topLevelKeys)); ignored")
            }
        }
        return file
    }

    /// `[keys.CONTEXT]` tables: each `COMMAND = "KEY"` or `COMMAND = ["KEY", …]`, in file order.
    private static func readKeys(_ contexts: TOMLTable, locator: TOMLLineLocator, warn: (Int?, String) -> Void) -> [KeyAssignment] {
        var assignments: [KeyAssignment] = []
        for context in contexts.keys.sorted() {
            guard let entry = contexts[context] else { continue }
            guard let table = entry.table else {
                warn(locator.lineOfKey(context, inTable: ["keys"]), "keys.\(context) must be a table of COMMAND = \"KEY\", not \(describe(entry)); ignored")
                continue
            }
            for command in table.keys.sorted() {
                guard let value = table[command] else { continue }
                let line = locator.lineOfKey(command, inTable: ["keys", context])
                if let key = value.string {
                    assignments.append(KeyAssignment(context: context, command: command, keys: [key], line: line))
                } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
                    assignments.append(KeyAssignment(context: context, command: command, keys: array.compactMap(\.string), line: line))
                } else {
                    warn(line, "\(command) in [keys.\(context)] must be a key name or a list of key names, not \(describe(value)); ignored")
                }
            }
        }
        return assignments.sorted { ($0.line ?? .max) < ($1.line ?? .max) }
    }

    private static func readProfile(_ table: TOMLTable, name: String, locator: TOMLLineLocator, warn: (Int?, String) -> Void) -> ProfileConfig {
        var profile = ProfileConfig()
        let tablePath = ["profiles", name]
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            let line = locator.lineOfKey(key, inTable: tablePath)
            switch key {
            case "base_url":
                if let url = value.string { profile.baseURL = url } else {
                    warn(line, "base_url in [profiles.\(name)] must be a string, not \(describe(value)); ignored")
                }
            case "theme":
                if let theme = value.string { profile.theme = theme } else {
                    warn(line, "theme in [profiles.\(name)] must be a string, not \(describe(value)); ignored")
                }
            case "timeout":
                // TOML integers are 64-bit, like Int; the range is checked when settings are resolved.
                if let seconds = value.int {
                    profile.timeout = seconds
                    profile.timeoutLine = line
                } else {
                    warn(line, "timeout in [profiles.\(name)] must be a whole number of seconds, not \(describe(value)); ignored")
                }
            case "proxy":
                if let proxy = value.string { profile.proxy = proxy } else {
                    warn(line, "proxy in [profiles.\(name)] must be a string, not \(describe(value)); ignored")
                }
            case "ca_bundle":
                if let path = value.string { profile.caBundle = path } else {
                    warn(line, "ca_bundle in [profiles.\(name)] must be a string, not \(describe(value)); ignored")
                }
            case "hyperlinks":
                if let flag = value.bool { profile.hyperlinks = flag } else {
                    warn(line, "hyperlinks in [profiles.\(name)] must be true or false, not \(describe(value)); ignored")
                }
            case "cache":
                if let text = value.string, let policy = CachePolicy(rawValue: text) { profile.cache = policy } else {
                    warn(line, "cache in [profiles.\(name)] must be \"session\", \"persist\" or \"off\", not \(value.string.map { "'\($0)'" } ?? describe(value)); ignored")
                }
            case "full_sync_after":
                if let seconds = value.int.flatMap({ (60...(366 * 86_400)).contains($0) ? $0 : nil }) ?? value.string.flatMap(Self.duration) {
                    profile.fullSyncAfter = seconds
                } else {
                    warn(line, "full_sync_after in [profiles.\(name)] must be seconds (60–31622400) or a duration like \"30m\", \"24h\", \"7d\"; ignored")
                }
            case "read_only":
                if let flag = value.bool { profile.readOnly = flag } else {
                    warn(line, "read_only in [profiles.\(name)] must be true or false, not \(describe(value)); ignored")
                }
            case "token":
                // A common mistake: tokens live in credentials.toml (mode 0600), not here.
                warn(line, "token in [profiles.\(name)] is ignored here: run `liza login --profile \(name)` to store it in credentials.toml (mode 0600)")
            default:
                warn(line, "unknown key '\(key)' in [profiles.\(name)]\(didYouMean(key, among: profileKeys)); ignored")
            }
        }
        return profile
    }

    /// `"90s"`, `"30m"`, `"24h"`, `"7d"` as seconds within 1 minute … 366 days, else nil.
    static func duration(_ text: String) -> Int? {
        guard let unit = text.last, let number = Int(text.dropLast()), number > 0, number <= 1_000_000 else { return nil }
        let scale: Int
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3_600
        case "d": scale = 86_400
        default: return nil
        }
        let seconds = number * scale
        return (60...(366 * 86_400)).contains(seconds) ? seconds : nil
    }

    /// "a string", "an integer", … for messages.
    static func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .table: return "a table"
        case .array: return "an array"
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a number"
        case .bool: return "a boolean"
        case .date, .time, .dateTime: return "a date/time"
        }
    }

    static func didYouMean(_ key: String, among known: [String]) -> String {
        Suggestion.closest(to: key, among: known).map { " (did you mean \($0)?)" } ?? ""
    }
}
