import Testing
@testable import TUIKit

@Suite("Keymap")
struct KeymapTests {
    enum Act: Hashable, Sendable { case quit, back, cancel, up, down, submit, help, save, top, bottom }

    static let map = Keymap<Act>([
        KeyBinding([.ctrl("c"), .char("q")], .quit, label: "quit"),
        KeyBinding(KeyEvent(.escape), .back, label: "back"),
        KeyBinding([KeyEvent(.up), .char("k")], .up, label: "up"),
        KeyBinding([KeyEvent(.down), .char("j")], .down, label: "down"),
        KeyBinding(.char("?"), .help, label: "help", showInHints: false),
        KeyBinding(.char("G"), .bottom, label: "bottom", context: "list"),
        KeyBinding(KeyEvent(.escape), .cancel, label: "cancel", context: "modal.connect"),
        KeyBinding(KeyEvent(.enter), .submit, label: "connect", context: "modal.connect"),
        KeyBinding(.char("k"), .save, label: "keep", context: "modal.connect"),
    ])

    @Test func lookupFollowsContextPriority() {
        let modal = ["modal.connect", "global"]
        #expect(Self.map.action(for: KeyEvent(.escape), in: modal) == .cancel)
        #expect(Self.map.action(for: KeyEvent(.escape), in: ["global"]) == .back)
        #expect(Self.map.action(for: .char("q"), in: modal) == .quit, "falls through to global")
        #expect(Self.map.action(for: KeyEvent(.enter), in: ["global"]) == nil, "other contexts are not active")
        #expect(Self.map.action(for: .char("x"), in: modal) == nil)
        #expect(Self.map.action(for: .char("k"), in: modal) == .save)
        #expect(Self.map.action(for: .char("k"), in: ["list", "global"]) == .up)
    }

    @Test func lookupNormalizesKeys() {
        #expect(Self.map.action(for: KeyEvent(.char("g"), modifiers: .shift), in: ["list"]) == .bottom)
        #expect(Self.map.action(for: KeyEvent(.char("C"), modifiers: .ctrl), in: ["global"]) == .quit)
    }

    @Test func hintsHideShadowedKeysAndHiddenBindings() {
        let hints = Self.map.hints(for: ["modal.connect", "global"])
        #expect(hints.contains(KeyHint(key: "esc", label: "cancel")))
        #expect(!hints.contains { $0.label == "back" }, "esc is shadowed by the modal")
        #expect(hints.contains(KeyHint(key: "↑", label: "up")), "k is shadowed, ↑ is not")
        #expect(!hints.contains { $0.label == "help" }, "showInHints: false")
        #expect(hints.first == KeyHint(key: "esc", label: "cancel"), "higher-priority context first")
        #expect(Self.map.hints(for: ["global"]).contains(KeyHint(key: "ctrl-c/q", label: "quit")))
    }

    @Test func bindingsForHelp() {
        #expect(Self.map.bindings(for: "global").map(\.label) == ["quit", "back", "up", "down", "help"])
        #expect(Self.map.bindings(for: "modal.connect").count == 3)
        #expect(Self.map.contexts == ["global", "list", "modal.connect"])
    }

    @Test func conflictsAreReported() {
        #expect(Self.map.conflicts.isEmpty, "the same key in different contexts is fine")
        let bad = Keymap<Act>([
            KeyBinding(.char("s"), .save, label: "save"),
            KeyBinding(.char("s"), .submit, label: "submit"),
            KeyBinding(KeyEvent(.backTab), .up, label: "previous"),
            KeyBinding(KeyEvent(.tab, modifiers: .shift), .down, label: "also previous"),
            KeyBinding(.char("s"), .save, label: "save elsewhere", context: "list"),
        ])
        #expect(bad.conflicts == [
            KeymapConflict(key: .char("s"), context: "global", labels: ["save", "submit"]),
            KeymapConflict(key: KeyEvent(.backTab), context: "global", labels: ["previous", "also previous"]),
        ])
        #expect(bad.action(for: .char("s"), in: ["global"]) == .save, "the first binding wins")
        #expect(bad.conflicts[0].description == "s is bound more than once in global: 'save', 'submit'")
    }

    @Test func keyLabelAndHelpOverrideWhatIsShown() {
        let map = Keymap<Act>([
            KeyBinding([.char("q"), .ctrl("c")], .quit, label: "quit", keyLabel: "q"),
            KeyBinding([KeyEvent(.escape), .char("x")], .back, label: "close", keyLabel: "esc/x", help: "close the window"),
            KeyBinding(.char("/"), .help, label: "search", keyLabel: "/"),
            KeyBinding([KeyEvent(.pageUp)], .top, label: "page up", showInHints: false, keyLabel: "pgup"),
            KeyBinding([KeyEvent(.up), .char("k")], .up, label: "up"),
        ])
        let b = map.bindings(for: "global")
        #expect(b.map(\.keyDisplay) == ["q", "esc/x", "/", "pgup", "↑/k"])
        #expect(b.map(\.helpText) == ["quit", "close the window", "search", "page up", "up"])
        // The hint bar shows the label's first alternative and the short label.
        #expect(map.hints(for: ["global"]) == [
            KeyHint(key: "q", label: "quit"), KeyHint(key: "esc", label: "close"), KeyHint(key: "/", label: "search"),
            KeyHint(key: "↑/k", label: "up"),
        ])
        #expect(b[1].hint == KeyHint(key: "esc", label: "close"))
        #expect(b[4].hint == KeyHint(key: "↑/k", label: "up"))
        // Labels change nothing about lookup.
        #expect(map.action(for: .ctrl("c"), in: ["global"]) == .quit)
        #expect(map.conflicts.isEmpty)
    }

    @Test func remapping() {
        var map = Self.map
        map.setKeys([.ctrl("x")], where: { $0.action == .quit })
        #expect(map.action(for: .char("q"), in: ["global"]) == nil)
        #expect(map.action(for: .ctrl("x"), in: ["global"]) == .quit)
        map.unbind(.char("j"), in: "global")
        #expect(map.action(for: .char("j"), in: ["global"]) == nil)
        #expect(map.action(for: KeyEvent(.down), in: ["global"]) == .down)
        map.add(KeyBinding(KeyEvent(.down), .bottom, label: "dup"))
        #expect(map.conflicts.count == 1)
    }

    static let names: [(KeyEvent, String)] = [
        (.ctrl("c"), "ctrl-c"),
        (KeyEvent(.backTab), "shift-tab"),
        (KeyEvent(.tab, modifiers: .shift), "shift-tab"),
        (KeyEvent(.up), "↑"),
        (KeyEvent(.down), "↓"),
        (KeyEvent(.left), "←"),
        (KeyEvent(.right), "→"),
        (KeyEvent(.enter), "enter"),
        (KeyEvent(.escape), "esc"),
        (KeyEvent(.pageUp), "PgUp"),
        (KeyEvent(.pageDown), "PgDn"),
        (KeyEvent(.function(5)), "F5"),
        (.alt("x"), "alt-x"),
        (.char("?"), "?"),
        (.char(" "), "space"),
        (.char("G"), "G"),
        (KeyEvent(.char("g"), modifiers: .shift), "G"),
        (KeyEvent(.char("S"), modifiers: .ctrl), "ctrl-s"),
        (KeyEvent(.char(" "), modifiers: .ctrl), "ctrl-space"),
        (KeyEvent(.up, modifiers: [.ctrl, .shift]), "ctrl-shift-↑"),
        (KeyEvent(.tab), "tab"),
        (KeyEvent(.backspace), "backspace"),
        (KeyEvent(.delete), "delete"),
        (KeyEvent(.home), "home"),
        (.char("\u{1B}"), "U+001B"),
        (KeyEvent(.char("ß"), modifiers: .shift), "ß"),
        (KeyEvent(.char("é"), modifiers: .shift), "É"),
    ]

    @Test("display names", arguments: names.indices)
    func displayName(_ i: Int) {
        let (key, name) = Self.names[i]
        #expect(key.displayName == name)
    }

    static let parsing: [(String, KeyEvent?)] = [
        ("ctrl-s", .ctrl("s")),
        ("ctrl+s", .ctrl("s")),
        ("Ctrl-S", .ctrl("s")),
        ("control-s", .ctrl("s")),
        ("alt-x", .alt("x")),
        ("meta-x", .alt("x")),
        ("shift-tab", KeyEvent(.backTab)),
        ("backtab", KeyEvent(.backTab)),
        ("shift-a", .char("A")),
        ("G", .char("G")),
        ("?", .char("?")),
        ("-", .char("-")),
        ("ctrl--", .ctrl("-")),
        ("+", .char("+")),
        ("space", .char(" ")),
        ("enter", KeyEvent(.enter)),
        ("Return", KeyEvent(.enter)),
        ("esc", KeyEvent(.escape)),
        ("up", KeyEvent(.up)),
        ("↑", KeyEvent(.up)),
        ("PgUp", KeyEvent(.pageUp)),
        ("page-down", KeyEvent(.pageDown)),
        ("ctrl-page-up", KeyEvent(.pageUp, modifiers: .ctrl)),
        ("F12", KeyEvent(.function(12))),
        ("f1", KeyEvent(.function(1))),
        ("F25", nil),
        ("", nil),
        ("ctrl-", nil),
        ("abc", nil),
        ("hyper-x", nil),
    ]

    @Test("parsing", arguments: parsing.indices)
    func parse(_ i: Int) {
        let (text, expected) = Self.parsing[i]
        #expect(KeyEvent(parsing: text) == expected, "\(text)")
    }

    @Test func displayNameRoundTrips() {
        let keys: [Key] = [.char("a"), .char("Z"), .char("?"), .char("-"), .char("+"), .char(" "), .char("é"), .up, .down, .left, .right,
                           .home, .end, .pageUp, .pageDown, .insert, .delete, .backspace, .enter, .tab, .backTab, .escape,
                           .function(1), .function(24)]
        let modifierSets: [KeyModifiers] = [[], .ctrl, .alt, .shift, [.ctrl, .alt], [.ctrl, .shift], [.alt, .shift]]
        for key in keys {
            for modifiers in modifierSets {
                let event = KeyEvent(key, modifiers: modifiers)
                #expect(KeyEvent(parsing: event.displayName) == event.normalized, "\(event.displayName)")
            }
        }
    }
}
