import Foundation
import LizaAPI
import TUIKit

extension KeyBinding where Bound == Command {
    /// One binding as liza lists it: the keys, how help shows them, the help text, the command;
    /// `hint` puts it in the hint bar under `short` (or the help text).
    init(_ keys: [KeyEvent], _ display: String, _ help: String, _ command: Command, hint: Bool = false, short: String? = nil) {
        self.init(keys, command, label: short ?? help, showInHints: hint, keyLabel: display, help: short == nil ? nil : help)
    }
}

extension AppKeymap {
    /// `rows` placed in `context`.
    static func bindings(_ context: KeyContext, _ rows: [KeyBinding<Command>]) -> [KeyBinding<Command>] {
        rows.map { var row = $0; row.context = context.rawValue; return row }
    }

    /// Moving in a list or viewer.
    static let movement: [KeyBinding<Command>] = [
        KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "move up", .up),
        KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "move down", .down),
        KeyBinding([.char("g"), KeyEvent(.home)], "g/home", "go to the top", .top),
        KeyBinding([.char("G"), KeyEvent(.end)], "G/end", "go to the bottom", .bottom),
        KeyBinding([KeyEvent(.pageUp), .ctrl("b")], "pgup", "page up", .pageUp),
        KeyBinding([KeyEvent(.pageDown), .ctrl("f")], "pgdn", "page down", .pageDown),
    ]

    /// The keys of the panes and of the contexts every screen shares; each modal's keys come with
    /// its component (`ModalComponent.keyBindings`).
    static let core: [KeyBinding<Command>] = [
        bindings(.always, [
            KeyBinding([KeyEvent(.function(1))], "F1", "help (also while typing)", .help),
            KeyBinding([.ctrl("c")], "ctrl-c", "quit", .quit),
        ]),
        bindings(.global, [
            KeyBinding([.char("1")], "1", "focus Integrations", .focus(.integrations)),
            KeyBinding([.char("2")], "2", "focus Connections", .focus(.connections)),
            KeyBinding([.char("3")], "3", "focus Records", .focus(.records)),
            KeyBinding([KeyEvent(.tab)], "tab", "next pane", .focusNext),
            KeyBinding([KeyEvent(.backTab)], "shift-tab", "previous pane", .focusPrevious),
            KeyBinding([.char("/")], "/", "filter", .filter, hint: true),
            KeyBinding([.char(":")], ":", "command palette", .palette, hint: true, short: "command"),
            KeyBinding([.char("r"), .ctrl("r")], "r", "refresh", .refresh),
            KeyBinding([.char("?")], "?", "help", .help, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "back / dismiss the error / cancel loading", .back),
            KeyBinding([.char("!")], "!", "show the whole last error", .errorDetails),
            KeyBinding([.char("q")], "q", "quit", .quit, hint: true),
        ]),
        bindings(.welcome, [
            KeyBinding([.char("d"), KeyEvent(.enter)], "d/enter", "start the demo (in-process sandbox)", .startDemo, hint: true, short: "demo"),
            KeyBinding([.char("q"), KeyEvent(.escape)], "q", "quit", .quit, hint: true),
        ]),
        bindings(.integrations, movement + [
            KeyBinding([KeyEvent(.enter), .char("c")], "enter/c", "connect this integration", .connect, hint: true, short: "connect"),
            KeyBinding([.char("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
        ]),
        bindings(.connections, movement + [
            KeyBinding([KeyEvent(.enter)], "enter", "open its records", .select, hint: true, short: "records"),
            KeyBinding([.char("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
            KeyBinding([.char("p")], "p", "passthrough request", .passthrough, hint: true, short: "passthrough"),
            KeyBinding([.char("f")], "f", "finalize a pending connection", .finalize, hint: true, short: "finalize"),
            KeyBinding([.char("d"), KeyEvent(.delete)], "d", "delete (asks first)", .delete, hint: true, short: "delete"),
            KeyBinding([.char("D")], "D", "doctor: probe every object type (ok / 401 / 403 / 404 / 429 / 5xx / timeout)", .doctor, hint: true, short: "doctor"),
            KeyBinding([.char("R")], "R", "relink: connect again like this one (then offers to delete it)", .relink, hint: true, short: "relink"),
            KeyBinding([.char("c")], "c", "connect a new integration", .connect),
        ]),
        bindings(.records, movement + [
            KeyBinding([KeyEvent(.left), .char("h")], "←/h", "scroll columns left", .left),
            KeyBinding([KeyEvent(.right), .char("l")], "→/l", "scroll columns right", .right),
            KeyBinding([KeyEvent(.enter)], "enter", "open the record (JSON)", .select, hint: true, short: "open"),
            KeyBinding([.char("t")], "t", "pick category and object type", .pickObject, hint: true, short: "object"),
            KeyBinding([.char("]")], "]", "next object type", .nextObject),
            KeyBinding([.char("[")], "[", "previous object type", .previousObject),
            KeyBinding([.char("s")], "s", "server-side search", .serverQuery, hint: true, short: "search"),
            KeyBinding([.char("u")], "u", "updated since (ISO 8601)", .updatedSince),
            KeyBinding([.char("z")], "z", "page size", .pageSize),
            KeyBinding([.char("L")], "L", "load all, or sync the store", .loadAll, hint: true, short: "load all"),
            KeyBinding([.char("R")], "R", "full re-sync (finds deletions)", .fullSync),
            KeyBinding([.char("c")], "c", "diff a changed row (~)", .showDiff),
            KeyBinding([.char("o")], "o", "sort by the next column", .sortNext),
            KeyBinding([.char("O")], "O", "reverse the sort", .sortReverse),
            KeyBinding([.char("b")], "b", "then by: second sort key, next column", .sortThenNext),
            KeyBinding([.char("B")], "B", "reverse the second sort key", .sortThenReverse),
            KeyBinding([.char("e")], "e", "export rows (CSV, JSON, NDJSON)", .export, short: "export"),
            KeyBinding([.char("C")], "C", "choose columns: show/hide, order, pin the first", .chooseColumns, short: "columns"),
            KeyBinding([.char("<")], "<", "current column narrower (the first one scrolled to)", .narrow),
            KeyBinding([.char(">")], ">", "current column wider", .widen),
            KeyBinding([.char("p")], "p", "passthrough request", .passthrough),
            KeyBinding([.char("y")], "y", "copy the page's request as curl (OSC 52; token as $LIZA_TOKEN)", .copyCurl),
            KeyBinding([.char("Y")], "Y", "copy the page's request as a liza command (OSC 52)", .copyCommand),
        ]),
        bindings(.filter, [
            KeyBinding([KeyEvent(.enter)], "enter", "keep the filter", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "clear the filter", .back, hint: true),
            KeyBinding([KeyEvent(.up)], "↑", "move up", .up),
            KeyBinding([KeyEvent(.down)], "↓", "move down", .down),
        ]),
    ].flatMap { $0 }

    /// The keymap shipped with liza (listed in the README): the core keys, then each registered
    /// modal's, in the order `AppModal.registered` lists them.
    static let `default` = Keymap<Command>(core + AppModal.registered.flatMap { modal in
        modal.keyBindings.flatMap { bindings($0.context, $0.rows) }
    })
}
