/// Which key does what, where: plain data, so it can be tested, shown as hints and help, checked
/// for conflicts, and (later) remapped by the user.
///
/// Contexts are names such as `"global"`, `"list"` or `"modal.connect"`. A lookup takes the active
/// contexts in priority order (the top modal first, `"global"` last); the first context that binds
/// the key wins, so a modal can shadow a global key.
/// `Bound` is what a key is bound to (liza's `Command`); it is not named `Action` so it does not
/// read as the app's `Action` (its events) in code that uses both.
public struct Keymap<Bound: Sendable>: Sendable {
    /// The context that applies everywhere (by convention the last one looked up).
    public static var globalContext: String { "global" }

    /// All bindings, in declaration order.
    public private(set) var bindings: [KeyBinding<Bound>]
    /// Per context: normalized key → index of the first binding in `bindings` with it.
    private var index: [String: [KeyEvent: Int]] = [:]
    /// Keys bound more than once in the same context (see `KeymapConflict`).
    public private(set) var conflicts: [KeymapConflict] = []

    public init(_ bindings: [KeyBinding<Bound>]) {
        self.bindings = bindings
        rebuild()
    }

    /// The action for `key` in the first of `contexts` (in priority order) that binds it.
    public func action(for key: KeyEvent, in contexts: [String]) -> Bound? {
        binding(for: key, in: contexts)?.action
    }

    /// The binding for `key` in the first of `contexts` that binds it.
    public func binding(for key: KeyEvent, in contexts: [String]) -> KeyBinding<Bound>? {
        let k = key.normalized
        for context in contexts {
            if let i = index[context]?[k] { return bindings[i] }
        }
        return nil
    }

    /// The hint bar for the active contexts: bindings marked `showInHints`, higher-priority contexts
    /// first, leaving out bindings whose every key is shadowed by a higher-priority context. The
    /// key shown is the live (unshadowed) keys, or the first alternative of the binding's `keyLabel`.
    public func hints(for contexts: [String]) -> [KeyHint] {
        var hints: [KeyHint] = []
        var seen = Set<KeyHint>()
        for (level, context) in contexts.enumerated() {
            let higher = contexts.prefix(level)
            for b in bindings where b.context == context && b.showInHints {
                let live = b.keys.filter { key in !higher.contains { index[$0]?[key.normalized] != nil } }
                guard !live.isEmpty else { continue }
                let key = b.keyLabel.map(KeyBinding<Bound>.hintKey(forLabel:)) ?? live.map(\.displayName).joined(separator: "/")
                let hint = KeyHint(key: key, label: b.label)
                if seen.insert(hint).inserted { hints.append(hint) }
            }
        }
        return hints
    }

    /// Every binding of one context, in declaration order (for the help screen: `keyDisplay`,
    /// `helpText`).
    public func bindings(for context: String) -> [KeyBinding<Bound>] {
        bindings.filter { $0.context == context }
    }

    /// The contexts that have bindings, in order of first appearance.
    public var contexts: [String] {
        var seen = Set<String>()
        return bindings.map(\.context).filter { seen.insert($0).inserted }
    }

    /// Adds a binding (after the existing ones, so an earlier binding of the same key still wins
    /// and a conflict is reported).
    public mutating func add(_ binding: KeyBinding<Bound>) {
        bindings.append(binding)
        rebuild()
    }

    /// Gives the bindings that match `predicate` new keys (a user remapping; an empty list unbinds).
    public mutating func setKeys(_ keys: [KeyEvent], where predicate: (KeyBinding<Bound>) -> Bool) {
        for i in bindings.indices where predicate(bindings[i]) { bindings[i].keys = keys }
        rebuild()
    }

    /// A user remapping: the bindings of `context` whose action matches `predicate` get `keys`
    /// (empty unbinds them) and lose their hand-written `keyLabel`, so help shows the new keys.
    public mutating func remap(_ keys: [KeyEvent], in context: String, where predicate: (Bound) -> Bool) {
        for i in bindings.indices where bindings[i].context == context && predicate(bindings[i].action) {
            bindings[i].keys = keys.map(\.normalized)
            bindings[i].keyLabel = nil
        }
        rebuild()
    }

    /// Removes `key` from every binding of `context`.
    public mutating func unbind(_ key: KeyEvent, in context: String) {
        let k = key.normalized
        for i in bindings.indices where bindings[i].context == context {
            bindings[i].keys.removeAll { $0.normalized == k }
        }
        rebuild()
    }

    private mutating func rebuild() {
        index = [:]
        var claimed: [String: [KeyEvent: [String]]] = [:]
        var order: [(String, KeyEvent)] = []
        for (i, b) in bindings.enumerated() {
            var keysOfThisBinding = Set<KeyEvent>()
            for key in b.keys {
                let k = key.normalized
                guard keysOfThisBinding.insert(k).inserted else { continue }
                if index[b.context]?[k] == nil { index[b.context, default: [:]][k] = i }
                if claimed[b.context]?[k] == nil { order.append((b.context, k)) }
                claimed[b.context, default: [:]][k, default: []].append(b.label)
            }
        }
        conflicts = order.compactMap { context, key in
            guard let labels = claimed[context]?[key], labels.count > 1 else { return nil }
            return KeymapConflict(key: key, context: context, labels: labels)
        }
    }
}

extension Keymap: Equatable where Bound: Equatable {
    public static func == (a: Keymap, b: Keymap) -> Bool { a.bindings == b.bindings }
}

extension Keymap: Hashable where Bound: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(bindings) }
}
