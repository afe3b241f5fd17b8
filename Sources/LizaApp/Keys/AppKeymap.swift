import Foundation
import LizaAPI
import TUIKit

/// The key bindings of every context, as data: routing, the `?` help and the hint bar all read it.
struct AppKeymap: Hashable, Sendable {
    var contexts: [KeyContext: [AppKeyBinding]]

    init(contexts: [KeyContext: [AppKeyBinding]]) { self.contexts = contexts }

    /// The bindings of `context` (without the global ones).
    func bindings(_ context: KeyContext) -> [AppKeyBinding] { contexts[context] ?? [] }

    /// The command for `event` in `context`: the context's own bindings first, then — in the
    /// panes only — the global ones. Text-entry contexts never see global single-letter keys.
    func command(for event: KeyEvent, in context: KeyContext) -> Command? {
        if let b = bindings(context).first(where: { $0.keys.contains(event) }) { return b.command }
        if context.usesGlobalKeys, let b = bindings(.global).first(where: { $0.keys.contains(event) }) { return b.command }
        return nil
    }

    /// Hints for the status bar in `context`.
    func hints(_ context: KeyContext) -> [KeyHint] {
        let global = context.usesGlobalKeys ? bindings(.global).filter(\.hint).map(\.keyHint) : []
        // `?` first: whatever else is cut off at the right edge, help stays discoverable.
        let help = global.filter { $0.key == "?" }
        return help + bindings(context).filter(\.hint).map(\.keyHint) + global.filter { $0.key != "?" }
    }

    /// Every key pressed in two contexts that the user can reach at once, for tests.
    func conflicts(in context: KeyContext) -> [KeyEvent] {
        var seen: Set<KeyEvent> = []
        var dup: [KeyEvent] = []
        for b in bindings(context) { for k in b.keys { if !seen.insert(k).inserted { dup.append(k) } } }
        return dup
    }
}
