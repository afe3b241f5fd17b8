import Foundation
import LizaAPI
import Suggestions
import TUIKit

extension AppKeys {
    /// The keys with `[keys.CONTEXT]` assignments from `file` applied. Each problem — an unknown
    /// context, command or key name, a printable key in a context where keys are text, or a key
    /// that another command of the same context already has — is reported as `file:line: reason`
    /// and that assignment is left out (the command keeps its default keys).
    public static func remapped(by assignments: [KeyAssignment], file: String, base: AppKeys = .default) -> (keys: AppKeys, problems: [String]) {
        var problems: [(line: Int?, text: String)] = []
        func report(_ assignment: KeyAssignment, _ text: String) { problems.append((assignment.line, text)) }

        // Parse and check each assignment on its own.
        var accepted: [(assignment: KeyAssignment, context: KeyContext, command: Command, keys: [KeyEvent])] = []
        for assignment in assignments {
            guard let context = KeyContext(configName: assignment.context),
                  !base.keymap.bindings(for: context.rawValue).isEmpty else {
                let known = KeyContext.allCases.filter { !base.keymap.bindings(for: $0.rawValue).isEmpty }.map(\.configName)
                report(assignment, "unknown key context [keys.\(assignment.context)]" + didYouMean(assignment.context, among: known)
                       + " — contexts: " + known.joined(separator: ", "))
                continue
            }
            let commands = base.keymap.bindings(for: context.rawValue).map(\.action)
            guard let command = commands.first(where: { $0.configName == assignment.command }) else {
                report(assignment, "unknown command '\(assignment.command)' in [keys.\(context.configName)]"
                       + didYouMean(assignment.command, among: commands.map(\.configName)))
                continue
            }
            var keys: [KeyEvent] = []
            var bad: [String] = []
            for name in assignment.keys {
                if let key = KeyEvent(parsing: name) { keys.append(key) } else { bad.append(name) }
            }
            guard bad.isEmpty else {
                report(assignment, bad.map { "'\($0)'" }.joined(separator: ", ") + (bad.count == 1 ? " is not a key name" : " are not key names")
                       + " (e.g. A, ctrl-s, shift-tab, F5, pgdn, enter, esc, space)")
                continue
            }
            if context.isTextEntry, let printable = keys.first(where: { $0.isPrintable && !(context == .connectForm && $0 == .char(" ")) }) {
                report(assignment, "\(printable.displayName) is text in [keys.\(context.configName)]; bind a key with ctrl, alt or a named key")
                continue
            }
            accepted.append((assignment, context, command, keys))
        }

        // Apply them all (so two commands can swap keys), then take back any that leaves one key
        // on two commands of a context, until none does.
        var result = base
        var active = accepted
        while true {
            result = base
            for entry in active {
                result.keymap.remap(entry.keys, in: entry.context.rawValue) { $0 == entry.command }
            }
            guard let clash = active.firstIndex(where: { entry in
                result.keymap.bindings(for: entry.context.rawValue).contains { other in
                    other.action != entry.command && other.keys.contains { key in entry.keys.contains(key.normalized) }
                }
            }) else { break }
            let entry = active.remove(at: clash)
            let owner = result.keymap.bindings(for: entry.context.rawValue).first { other in
                other.action != entry.command && other.keys.contains { key in entry.keys.contains(key.normalized) }
            }
            let key = entry.keys.first { key in owner?.keys.contains { $0.normalized == key } ?? false }
            report(entry.assignment, "\(key?.displayName ?? "that key") is already bound to \(owner?.action.configName ?? "another command")"
                   + " in [keys.\(entry.context.configName)]; \(entry.command.configName) keeps its default keys")
        }
        let lines = problems.sorted { ($0.line ?? .max) < ($1.line ?? .max) }
            .map { problem in problem.line.map { "\(file):\($0): \(problem.text)" } ?? "\(file): \(problem.text)" }
        return (result, lines)
    }

    /// ` (did you mean load_all?)` when one name is close to `name`.
    private static func didYouMean(_ name: String, among known: [String]) -> String {
        Suggestion.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
    }

    /// The effective map as `config.toml` text: every context and command with its keys and
    /// what it does, so a line can be copied into the config and changed.
    public var configText: String {
        var out = "# liza's key bindings in effect. Copy a line into config.toml under its [keys.…] table to change it.\n"
        for context in AppKeymap.documentedContexts {
            let rows = keymap.bindings(for: context.rawValue)
            guard !rows.isEmpty else { continue }
            out += "\n[keys.\(context.configName)]  # \(context.title)\n"
            let width = rows.map { $0.action.configName.count }.max() ?? 0
            for row in rows {
                let names = row.keys.map { "\"\(Self.tomlEscaped($0.displayName))\"" }
                let value = names.count == 1 ? names[0] : "[" + names.joined(separator: ", ") + "]"
                out += row.action.configName.padding(toLength: width, withPad: " ", startingAt: 0) + " = \(value)  # \(row.helpText)\n"
            }
        }
        return out
    }

    private static func tomlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

extension KeyEvent {
    /// A key that types a character (no ctrl or alt).
    fileprivate var isPrintable: Bool {
        if case .char = key { return !modifiers.contains(.ctrl) && !modifiers.contains(.alt) }
        return false
    }
}
