import Foundation
import LizaAPI

extension Command {
    /// The command's name in `config.toml` (`[keys.records] load_all = "A"`), in `liza keys` and in help:
    /// the case name in snake case (`loadAll` → `load_all`, `toggleQR` → `toggle_qr`), so a new
    /// command needs no line here; only cases with a payload spell theirs out.
    public var configName: String {
        switch self {
        case .focus(let pane): return "focus_\(pane.title.lowercased())"
        case .setMethod(let method): return "method_\(method.rawValue.lowercased())"
        default: return Self.snakeCase(String(describing: self))
        }
    }

    /// `loadAll` → `load_all`; a run of capitals is one word (`toggleQR` → `toggle_qr`).
    static func snakeCase(_ name: String) -> String {
        var out = ""
        var previous: Character?
        for c in name {
            if c.isUppercase, let p = previous, p.isLowercase || p.isNumber { out.append("_") }
            out.append(contentsOf: c.lowercased())
            previous = c
        }
        return out
    }
}
