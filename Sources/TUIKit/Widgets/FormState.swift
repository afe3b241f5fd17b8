/// The values, focus and validation messages of a `Form`.
///
/// Keys (`handle`): Tab / shift-Tab move focus (wrapping), ↑/↓ move focus (in a text area they
/// move the cursor and leave the field at its first/last line); text fields edit as
/// `TextFieldState`; multi-select: ←/→ move the option cursor, Space toggles; choice: ←/→ pick.
/// Enter and Esc are not consumed (except Enter in a text area): the app decides what submits.
/// Editing a field clears its error.
public struct FormState: Hashable, Sendable {
    public private(set) var fields: [FormField]
    /// The focused field index.
    public private(set) var focus: Int
    /// Validation messages by field id, shown under the field in the `error` role.
    public var errors: [String: String]
    private var texts: [String: TextFieldState]
    private var areas: [String: TextAreaState]
    private var selections: [String: Set<Int>]
    private var optionCursors: [String: Int]

    public init(fields: [FormField]) {
        self.fields = fields
        focus = 0
        errors = [:]
        texts = [:]; areas = [:]; selections = [:]; optionCursors = [:]
        for f in fields {
            switch f.kind {
            case .text, .masked: texts[f.id] = TextFieldState()
            case .textArea: areas[f.id] = TextAreaState()
            case .multiSelect: selections[f.id] = []; optionCursors[f.id] = 0
            case .choice: selections[f.id] = []; optionCursors[f.id] = 0
            }
        }
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    // MARK: - Values

    /// The text of a text, masked or text-area field ("" for other kinds or unknown ids).
    public func text(_ id: String) -> String { texts[id]?.text ?? areas[id]?.text ?? "" }

    public mutating func setText(_ text: String, for id: String) {
        if texts[id] != nil { texts[id]?.text = text }
        if areas[id] != nil { areas[id]?.text = text }
    }

    /// The selected options of a multi-select, in option order.
    public func selectedOptions(_ id: String) -> [String] {
        guard let f = field(id) else { return [] }
        let sel = selections[id] ?? []
        return f.options.enumerated().filter { sel.contains($0.offset) }.map(\.element)
    }

    /// The chosen option of a choice field.
    public func choice(_ id: String) -> String? { selectedOptions(id).first }

    /// Selects exactly `options` (unknown option names are ignored) in a multi-select or choice.
    public mutating func setSelected(_ options: [String], for id: String) {
        guard let f = field(id) else { return }
        var set = Set(f.options.enumerated().filter { options.contains($0.element) }.map(\.offset))
        if case .choice = f.kind, let first = set.min() { set = [first]; optionCursors[id] = first }
        selections[id] = set
    }

    /// The editing state of a text/masked field (e.g. to inspect the cursor).
    public func textFieldState(_ id: String) -> TextFieldState? { texts[id] }
    public func textAreaState(_ id: String) -> TextAreaState? { areas[id] }
    /// The option under the cursor of a multi-select / choice field.
    public func optionCursor(_ id: String) -> Int { optionCursors[id] ?? 0 }

    private func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    // MARK: - Focus and errors

    public mutating func focusNext() { guard !fields.isEmpty else { return }; focus = (focus + 1) % fields.count }
    public mutating func focusPrevious() { guard !fields.isEmpty else { return }; focus = (focus - 1 + fields.count) % fields.count }
    public mutating func focus(id: String) { if let i = fields.firstIndex(where: { $0.id == id }) { focus = i } }

    /// Replaces the messages and focuses the first field that has one.
    public mutating func setErrors(_ errors: [String: String]) {
        self.errors = errors
        if let i = fields.firstIndex(where: { errors[$0.id] != nil }) { focus = i }
    }

    // MARK: - Keys

    /// - Returns: true when the key was consumed.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        guard let f = focusedField else { return false }
        switch (key.key, key.modifiers) {
        case (.tab, []): focusNext(); return true
        case (.backTab, _), (.tab, .shift): focusPrevious(); return true
        default: break
        }
        let m = key.modifiers
        switch f.kind {
        case .text, .masked:
            if key.key == .up && m.isEmpty { return moveFocus(-1) }
            if key.key == .down && m.isEmpty { return moveFocus(1) }
            guard var s = texts[f.id] else { return false }
            let before = s.text
            let used = s.handle(key)
            texts[f.id] = s
            if s.text != before { errors[f.id] = nil }
            return used
        case .textArea:
            guard var s = areas[f.id] else { return false }
            if key.key == .up, m.isEmpty, s.cursorRow == 0 { return moveFocus(-1) }
            if key.key == .down, m.isEmpty, s.cursorRow == s.lineCount - 1 { return moveFocus(1) }
            let before = s.text
            let used = s.handle(key)
            areas[f.id] = s
            if s.text != before { errors[f.id] = nil }
            return used
        case .multiSelect(let options), .choice(let options):
            let isChoice: Bool = { if case .choice = f.kind { return true } else { return false } }()
            var cursor = optionCursors[f.id] ?? 0
            switch (key.key, m) {
            case (.up, []): return moveFocus(-1)
            case (.down, []): return moveFocus(1)
            case (.left, []), (.char("h"), []): cursor = max(0, cursor - 1)
            case (.right, []), (.char("l"), []): cursor = min(max(0, options.count - 1), cursor + 1)
            case (.char(" "), []) where !isChoice:
                guard options.indices.contains(cursor) else { return true }
                var sel = selections[f.id] ?? []
                if sel.contains(cursor) { sel.remove(cursor) } else { sel.insert(cursor) }
                selections[f.id] = sel
                errors[f.id] = nil
                return true
            case (.char(" "), []): break
            default: return false
            }
            optionCursors[f.id] = cursor
            if isChoice, options.indices.contains(cursor), selections[f.id] != [cursor] {
                selections[f.id] = [cursor]
                errors[f.id] = nil
            }
            return true
        }
    }

    private mutating func moveFocus(_ delta: Int) -> Bool {
        let target = focus + delta
        guard fields.indices.contains(target) else { return false }
        focus = target
        return true
    }
}
