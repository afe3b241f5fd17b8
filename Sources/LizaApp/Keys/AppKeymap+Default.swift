import Foundation
import LizaAPI
import TUIKit

extension AppKeymap {
    private static func k(_ c: Character) -> KeyEvent { .char(c) }
    private static func key(_ k: Key) -> KeyEvent { KeyEvent(k) }

    /// One binding as liza lists it: the keys, how help shows them, the help text, the command;
    /// `hint` puts it in the hint bar under `short` (or the help text).
    private static func b(_ keys: [KeyEvent], _ display: String, _ help: String, _ command: Command,
                          hint: Bool = false, short: String? = nil) -> KeyBinding<Command> {
        KeyBinding(keys, command, label: short ?? help, showInHints: hint, keyLabel: display, help: short == nil ? nil : help)
    }

    /// `rows` placed in `context`.
    private static func bindings(_ context: KeyContext, _ rows: [KeyBinding<Command>]) -> [KeyBinding<Command>] {
        rows.map { var row = $0; row.context = context.rawValue; return row }
    }

    private static let movement: [KeyBinding<Command>] = [
        b([key(.up), k("k")], "↑/k", "move up", .up),
        b([key(.down), k("j")], "↓/j", "move down", .down),
        b([k("g"), key(.home)], "g/home", "go to the top", .top),
        b([k("G"), key(.end)], "G/end", "go to the bottom", .bottom),
        b([key(.pageUp), .ctrl("b")], "pgup", "page up", .pageUp),
        b([key(.pageDown), .ctrl("f")], "pgdn", "page down", .pageDown),
    ]

    /// The keymap shipped with liza (listed in the README).
    static let `default` = Keymap<Command>([
        bindings(.global, [
            b([k("1")], "1", "focus Integrations", .focus(.integrations)),
            b([k("2")], "2", "focus Connections", .focus(.connections)),
            b([k("3")], "3", "focus Records", .focus(.records)),
            b([key(.tab)], "tab", "next pane", .focusNext),
            b([key(.backTab)], "shift-tab", "previous pane", .focusPrevious),
            b([k("/")], "/", "filter", .filter, hint: true),
            b([k(":")], ":", "command palette", .palette, hint: true, short: "command"),
            b([k("r"), .ctrl("r")], "r", "refresh", .refresh),
            b([k("?")], "?", "help", .help, hint: true),
            b([key(.escape)], "esc", "back / dismiss the error / cancel loading", .back),
            b([k("!")], "!", "show the whole last error", .errorDetails),
            b([k("q"), .ctrl("c")], "q", "quit", .quit, hint: true),
        ]),
        bindings(.welcome, [
            b([k("d"), key(.enter)], "d/enter", "start the demo (in-process sandbox)", .startDemo, hint: true, short: "demo"),
            b([k("q"), key(.escape), .ctrl("c")], "q", "quit", .quit, hint: true),
        ]),
        bindings(.integrations, movement + [
            b([key(.enter), k("c")], "enter/c", "connect this integration", .connect, hint: true, short: "connect"),
            b([k("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
        ]),
        bindings(.connections, movement + [
            b([key(.enter)], "enter", "open its records", .select, hint: true, short: "records"),
            b([k("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
            b([k("p")], "p", "passthrough request", .passthrough, hint: true, short: "passthrough"),
            b([k("f")], "f", "finalize a pending connection", .finalize, hint: true, short: "finalize"),
            b([k("d"), key(.delete)], "d", "delete (asks first)", .delete, hint: true, short: "delete"),
            b([k("c")], "c", "connect a new integration", .connect),
        ]),
        bindings(.records, movement + [
            b([key(.left), k("h")], "←/h", "scroll columns left", .left),
            b([key(.right), k("l")], "→/l", "scroll columns right", .right),
            b([key(.enter)], "enter", "open the record (JSON)", .select, hint: true, short: "open"),
            b([k("t")], "t", "pick category and object type", .pickObject, hint: true, short: "object"),
            b([k("]")], "]", "next object type", .nextObject),
            b([k("[")], "[", "previous object type", .previousObject),
            b([k("s")], "s", "server-side search", .serverQuery, hint: true, short: "search"),
            b([k("u")], "u", "updated since (ISO 8601)", .updatedSince),
            b([k("z")], "z", "page size", .pageSize),
            b([k("L")], "L", "load all pages", .loadAll, hint: true, short: "load all"),
            b([k("o")], "o", "sort by the next column", .sortNext),
            b([k("O")], "O", "reverse the sort", .sortReverse),
            b([k("p")], "p", "passthrough request", .passthrough),
        ]),
        bindings(.filter, [
            b([key(.enter)], "enter", "keep the filter", .select, hint: true),
            b([key(.escape)], "esc", "clear the filter", .back, hint: true),
            b([key(.up)], "↑", "move up", .up),
            b([key(.down)], "↓", "move down", .down),
        ]),
        bindings(.document, movement + [
            b([key(.enter), k(" ")], "enter/space", "fold / unfold", .toggleFold, hint: true, short: "fold"),
            b([key(.left), k("h")], "←/h", "fold", .fold),
            b([key(.right), k("l")], "→/l", "unfold", .unfold),
            b([k("/")], "/", "search", .search, hint: true),
            b([k("n")], "n", "next match", .searchNext),
            b([k("N")], "N", "previous match", .searchPrevious),
            b([k("y")], "y", "copy the JSON (OSC 52)", .copy, hint: true, short: "copy"),
            b([key(.escape), k("q")], "esc/q", "close", .back, hint: true),
            b([k("?")], "?", "help", .help),
        ]),
        bindings(.search, [
            b([key(.enter)], "enter", "search", .select, hint: true),
            b([key(.escape)], "esc", "cancel", .back, hint: true),
        ]),
        bindings(.help, [
            b([key(.up), k("k")], "↑/k", "scroll up", .up),
            b([key(.down), k("j")], "↓/j", "scroll down", .down),
            b([key(.pageUp)], "pgup", "page up", .pageUp),
            b([key(.pageDown), k(" ")], "pgdn", "page down", .pageDown),
            b([key(.escape), k("q"), k("?")], "esc/q/?", "close", .back, hint: true),
        ]),
        bindings(.palette, [
            b([key(.enter)], "enter", "run", .select, hint: true),
            b([key(.tab)], "tab", "complete", .nextField, hint: true),
            b([key(.backTab)], "shift-tab", "previous completion", .previousField),
            b([key(.up)], "↑", "previous completion", .up),
            b([key(.down)], "↓", "next completion", .down),
            b([key(.escape)], "esc", "close", .back, hint: true),
        ]),
        bindings(.confirm, [
            b([k("y"), key(.enter)], "y/enter", "yes", .confirm, hint: true),
            b([k("n"), key(.escape), k("q")], "n/esc", "no", .cancel, hint: true),
        ]),
        bindings(.message, [
            b([key(.up), k("k")], "↑/k", "scroll up", .up),
            b([key(.down), k("j")], "↓/j", "scroll down", .down),
            b([k("y")], "y", "copy the message", .copy, hint: true),
            b([key(.escape), k("q"), key(.enter)], "esc", "close", .back, hint: true),
        ]),
        bindings(.connectForm, [
            b([key(.tab), key(.down)], "tab/↓", "next field", .nextField, hint: true),
            b([key(.backTab), key(.up)], "shift-tab/↑", "previous field", .previousField),
            b([.ctrl("n")], "ctrl-n", "accept the completion", .right),
            b([k(" ")], "space", "toggle a category (in Categories)", .toggle),
            b([key(.enter), .ctrl("s")], "enter", "connect", .select, hint: true),
            b([key(.escape)], "esc", "close (nothing is sent); cancels a request in flight", .back, hint: true, short: "close"),
        ]),
        bindings(.authorize, [
            b([k("c"), k("y")], "c", "copy the URL (OSC 52)", .copy, hint: true, short: "copy"),
            b([k("o")], "o", "open in the browser", .openInBrowser, hint: true, short: "browser"),
            b([key(.enter), k("f")], "enter", "finalize (after approving)", .select, hint: true, short: "finalize"),
            b([key(.up), k("k")], "↑/k", "scroll", .up),
            b([key(.down), k("j")], "↓/j", "scroll", .down),
            b([key(.escape), k("q")], "esc", "close (stays pending; f finalizes later); cancels a finalize in flight", .back, hint: true, short: "close"),
        ]),
        bindings(.callbackForm, [
            b([key(.enter)], "enter", "finalize", .select, hint: true),
            b([key(.escape)], "esc", "close; cancels a finalize in flight", .back, hint: true, short: "close"),
        ]),
        bindings(.passthrough, [
            b([.ctrl("s")], "ctrl-s", "send", .send, hint: true),
            b([key(.tab)], "tab", "next field", .nextField, hint: true),
            b([key(.backTab)], "shift-tab", "previous field", .previousField),
            b([.ctrl("p")], "ctrl-p", "previous request from history", .historyPrevious),
            b([.ctrl("n")], "ctrl-n", "next request from history (past the newest: your draft)", .historyNext),
            b([key(.escape)], "esc", "close; cancels a request in flight", .back, hint: true, short: "close"),
        ]),
        bindings(.passthroughResponse, movement + [
            b([key(.tab)], "tab", "next field", .nextField, hint: true),
            b([key(.backTab)], "shift-tab", "previous field", .previousField),
            b([.ctrl("s")], "ctrl-s", "send again", .send),
            b([key(.enter), k(" ")], "enter/space", "fold / unfold", .toggleFold),
            b([key(.left), k("h")], "←/h", "fold", .fold),
            b([key(.right), k("l")], "→/l", "unfold", .unfold),
            b([k("/")], "/", "search the response", .search, hint: true, short: "search"),
            b([k("n")], "n", "next match", .searchNext),
            b([k("N")], "N", "previous match", .searchPrevious),
            b([k("y")], "y", "copy the body", .copy, hint: true, short: "copy"),
            b([key(.escape), k("q")], "esc", "close", .back, hint: true),
        ]),
        bindings(.objectPicker, [
            b([key(.up)], "↑", "move up", .up),
            b([key(.down)], "↓", "move down", .down),
            b([key(.enter)], "enter", "show these records", .select, hint: true),
            b([key(.escape)], "esc", "close", .back, hint: true),
        ]),
        bindings(.queryForm, [
            b([key(.tab), key(.down)], "tab", "next field", .nextField, hint: true),
            b([key(.backTab), key(.up)], "shift-tab", "previous field", .previousField),
            b([key(.enter)], "enter", "apply", .select, hint: true),
            b([key(.escape)], "esc", "close", .back, hint: true),
        ]),
        bindings(.lookupForm, [
            b([key(.tab), key(.down)], "tab", "next field", .nextField, hint: true),
            b([key(.backTab), key(.up)], "shift-tab", "previous field", .previousField),
            b([key(.enter)], "enter", "look up", .select, hint: true),
            b([key(.escape)], "esc", "close", .back, hint: true),
        ]),
    ].flatMap { $0 })
}
