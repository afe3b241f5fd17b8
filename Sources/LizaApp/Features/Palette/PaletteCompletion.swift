import Foundation
import TUIKit
import LizaAPI

/// Completions for the word being typed in the palette.
enum PaletteCompletion {
    /// Candidates for the last word of `line` (the whole replacement word), best first.
    static func candidates(_ line: String, state s: AppState) -> [String] {
        let endsWithSpace = line.hasSuffix(" ")
        var words = line.split(separator: " ").map(String.init)
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let p = partial.lowercased()
        func filter(_ xs: [String]) -> [String] {
            var seen: Set<String> = []
            return xs.filter { $0.lowercased().hasPrefix(p) && seen.insert($0).inserted }
        }
        guard let command = words.first?.lowercased() else {
            return filter(PaletteCommand.names.map(\.name))
        }
        let argIndex = words.count - 1
        switch command {
        case "connect", "c":
            return argIndex == 0 ? filter(s.integrations.items.map(\.type)) : []
        case "records", "rec", "r":
            switch argIndex {
            case 0: return filter(s.connections.items.map(\.id) + s.connections.items.map(\.integrationType))
            case 1:
                let conn = s.connections.find(words[1])
                return filter((conn?.categories ?? Category.allCases).map(\.rawValue))
            case 2:
                guard let c = Category(parsing: words[2]) else { return [] }
                return filter(ObjectCatalog.objects(in: c).map(\.name))
            default: return []
            }
        case "theme":
            return argIndex == 0 ? filter(s.themeNames) : []
        case "profile", "ctx":
            return argIndex == 0 ? filter(s.profileNames) : []
        case "passthrough", "pt", "callback", "finalize":
            return argIndex == 0 ? filter(s.connections.items.map(\.id)) : []
        default:
            return []
        }
    }

    /// `line` with its last (partial) word replaced by `word`, plus a space.
    static func apply(_ word: String, to line: String) -> String {
        var words = line.split(separator: " ").map(String.init)
        if !line.hasSuffix(" "), !words.isEmpty { words.removeLast() }
        words.append(word)
        return words.joined(separator: " ") + " "
    }
}
