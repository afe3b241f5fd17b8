import Foundation
import TUIKit
import LizaAPI

/// What a `:` line means once parsed.
enum PaletteCommand: Hashable, Sendable {
    case connect(integrationType: String?)
    case records(connection: String, category: Category?, objectType: String?)
    case theme(String)
    /// `:profile NAME`: re-read the settings of another profile and reload everything.
    case profile(String)
    case passthrough(connection: String?)
    case callback(connectionID: String?)
    case refresh
    case help
    case quit

    /// The commands, with their argument hints, as completion and help show them.
    static let names: [(name: String, usage: String)] = [
        ("connect", "connect <integration>"),
        ("records", "records <connection> <category> <object>"),
        ("theme", "theme <name>"),
        ("profile", "profile <name>"),
        ("passthrough", "passthrough [connection]"),
        ("callback", "callback <connection id>"),
        ("refresh", "refresh"),
        ("help", "help"),
        ("quit", "quit"),
    ]

    /// Parses a palette line; the error explains what is wrong in the user's terms.
    static func parse(_ line: String) -> Result<PaletteCommand, AppFailure> {
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first?.lowercased() else { return .failure(AppFailure("type a command, e.g. connect hubspot")) }
        let args = Array(words.dropFirst())
        switch first {
        case "connect", "c": return .success(.connect(integrationType: args.first))
        case "records", "rec", "r":
            guard let conn = args.first else { return .failure(AppFailure("usage: records <connection> <category> <object>")) }
            var category: Category?
            if args.count > 1 {
                guard let c = Category(parsing: args[1]) else {
                    return .failure(AppFailure("unknown category '\(args[1])'" + (Category.suggestion(for: args[1]).map { " — did you mean \($0.rawValue)?" } ?? "")))
                }
                category = c
            }
            return .success(.records(connection: conn, category: category, objectType: args.count > 2 ? args[2].lowercased() : nil))
        case "theme":
            guard let name = args.first else { return .failure(AppFailure("usage: theme <name>")) }
            return .success(.theme(name))
        case "profile", "ctx":
            guard let name = args.first else { return .failure(AppFailure("usage: profile <name>")) }
            return .success(.profile(name))
        case "passthrough", "pt": return .success(.passthrough(connection: args.first))
        case "callback", "finalize": return .success(.callback(connectionID: args.first))
        case "refresh": return .success(.refresh)
        case "help", "?": return .success(.help)
        case "quit", "q", "exit": return .success(.quit)
        default:
            return .failure(AppFailure("unknown command '\(first)' — try \(names.map(\.name).joined(separator: ", "))"))
        }
    }
}
