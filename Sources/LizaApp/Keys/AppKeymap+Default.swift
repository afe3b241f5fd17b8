import Foundation
import LizaAPI
import TUIKit

extension AppKeymap {
    private static func k(_ c: Character) -> KeyEvent { .char(c) }
    private static func key(_ k: Key) -> KeyEvent { KeyEvent(k) }

    private static let movement: [AppKeyBinding] = [
        .init([key(.up), k("k")], "↑/k", "move up", .up),
        .init([key(.down), k("j")], "↓/j", "move down", .down),
        .init([k("g"), key(.home)], "g/home", "go to the top", .top),
        .init([k("G"), key(.end)], "G/end", "go to the bottom", .bottom),
        .init([key(.pageUp), .ctrl("b")], "pgup", "page up", .pageUp),
        .init([key(.pageDown), .ctrl("f")], "pgdn", "page down", .pageDown),
    ]

    /// The keymap shipped with liza (listed in the README).
    static let `default` = AppKeymap(contexts: [
        .global: [
            .init([k("1")], "1", "focus Integrations", .focus(.integrations)),
            .init([k("2")], "2", "focus Connections", .focus(.connections)),
            .init([k("3")], "3", "focus Records", .focus(.records)),
            .init([key(.tab)], "tab", "next pane", .focusNext),
            .init([key(.backTab)], "shift-tab", "previous pane", .focusPrevious),
            .init([k("/")], "/", "filter", .filter, hint: true),
            .init([k(":")], ":", "command palette", .palette, hint: true, short: "command"),
            .init([k("r"), .ctrl("r")], "r", "refresh", .refresh),
            .init([k("?")], "?", "help", .help, hint: true),
            .init([key(.escape)], "esc", "back / dismiss the error / cancel loading", .back),
            .init([k("!")], "!", "show the whole last error", .errorDetails),
            .init([k("q"), .ctrl("c")], "q", "quit", .quit, hint: true),
        ],
        .welcome: [
            .init([k("d"), key(.enter)], "d/enter", "start the demo (in-process sandbox)", .startDemo, hint: true, short: "demo"),
            .init([k("q"), key(.escape), .ctrl("c")], "q", "quit", .quit, hint: true),
        ],
        .integrations: movement + [
            .init([key(.enter), k("c")], "enter/c", "connect this integration", .connect, hint: true, short: "connect"),
            .init([k("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
        ],
        .connections: movement + [
            .init([key(.enter)], "enter", "open its records", .select, hint: true, short: "records"),
            .init([k("i")], "i", "show its full JSON", .inspect, hint: true, short: "json"),
            .init([k("p")], "p", "passthrough request", .passthrough, hint: true, short: "passthrough"),
            .init([k("f")], "f", "finalize a pending connection", .finalize, hint: true, short: "finalize"),
            .init([k("d"), key(.delete)], "d", "delete (asks first)", .delete, hint: true, short: "delete"),
            .init([k("c")], "c", "connect a new integration", .connect),
        ],
        .records: movement + [
            .init([key(.left), k("h")], "←/h", "scroll columns left", .left),
            .init([key(.right), k("l")], "→/l", "scroll columns right", .right),
            .init([key(.enter)], "enter", "open the record (JSON)", .select, hint: true, short: "open"),
            .init([k("t")], "t", "pick category and object type", .pickObject, hint: true, short: "object"),
            .init([k("]")], "]", "next object type", .nextObject),
            .init([k("[")], "[", "previous object type", .previousObject),
            .init([k("s")], "s", "server-side search", .serverQuery, hint: true, short: "search"),
            .init([k("u")], "u", "updated since (ISO 8601)", .updatedSince),
            .init([k("z")], "z", "page size", .pageSize),
            .init([k("L")], "L", "load all pages", .loadAll, hint: true, short: "load all"),
            .init([k("o")], "o", "sort by the next column", .sortNext),
            .init([k("O")], "O", "reverse the sort", .sortReverse),
            .init([k("p")], "p", "passthrough request", .passthrough),
        ],
        .filter: [
            .init([key(.enter)], "enter", "keep the filter", .select, hint: true),
            .init([key(.escape)], "esc", "clear the filter", .back, hint: true),
            .init([key(.up)], "↑", "move up", .up),
            .init([key(.down)], "↓", "move down", .down),
        ],
        .document: movement + [
            .init([key(.enter), k(" ")], "enter/space", "fold / unfold", .toggleFold, hint: true, short: "fold"),
            .init([key(.left), k("h")], "←/h", "fold", .fold),
            .init([key(.right), k("l")], "→/l", "unfold", .unfold),
            .init([k("/")], "/", "search", .search, hint: true),
            .init([k("n")], "n", "next match", .searchNext),
            .init([k("N")], "N", "previous match", .searchPrevious),
            .init([k("y")], "y", "copy the JSON (OSC 52)", .copy, hint: true, short: "copy"),
            .init([key(.escape), k("q")], "esc/q", "close", .back, hint: true),
            .init([k("?")], "?", "help", .help),
        ],
        .search: [
            .init([key(.enter)], "enter", "search", .select, hint: true),
            .init([key(.escape)], "esc", "cancel", .back, hint: true),
        ],
        .help: [
            .init([key(.up), k("k")], "↑/k", "scroll up", .up),
            .init([key(.down), k("j")], "↓/j", "scroll down", .down),
            .init([key(.pageUp)], "pgup", "page up", .pageUp),
            .init([key(.pageDown), k(" ")], "pgdn", "page down", .pageDown),
            .init([key(.escape), k("q"), k("?")], "esc/q/?", "close", .back, hint: true),
        ],
        .palette: [
            .init([key(.enter)], "enter", "run", .select, hint: true),
            .init([key(.tab)], "tab", "complete", .nextField, hint: true),
            .init([key(.backTab)], "shift-tab", "previous completion", .previousField),
            .init([key(.up)], "↑", "previous completion", .up),
            .init([key(.down)], "↓", "next completion", .down),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
        .confirm: [
            .init([k("y"), key(.enter)], "y/enter", "yes", .confirm, hint: true),
            .init([k("n"), key(.escape), k("q")], "n/esc", "no", .cancel, hint: true),
        ],
        .message: [
            .init([key(.up), k("k")], "↑/k", "scroll up", .up),
            .init([key(.down), k("j")], "↓/j", "scroll down", .down),
            .init([k("y")], "y", "copy the message", .copy, hint: true),
            .init([key(.escape), k("q"), key(.enter)], "esc", "close", .back, hint: true),
        ],
        .connectForm: [
            .init([key(.tab), key(.down)], "tab/↓", "next field", .nextField, hint: true),
            .init([key(.backTab), key(.up)], "shift-tab/↑", "previous field", .previousField),
            .init([.ctrl("n")], "ctrl-n", "accept the completion", .right),
            .init([k(" ")], "space", "toggle a category (in Categories)", .toggle),
            .init([key(.enter), .ctrl("s")], "enter", "connect", .select, hint: true),
            .init([key(.escape)], "esc", "close (nothing is sent)", .back, hint: true, short: "close"),
        ],
        .authorize: [
            .init([k("c"), k("y")], "c", "copy the URL (OSC 52)", .copy, hint: true, short: "copy"),
            .init([k("o")], "o", "open in the browser", .openInBrowser, hint: true, short: "browser"),
            .init([key(.enter), k("f")], "enter", "finalize (after approving)", .select, hint: true, short: "finalize"),
            .init([key(.up), k("k")], "↑/k", "scroll", .up),
            .init([key(.down), k("j")], "↓/j", "scroll", .down),
            .init([key(.escape), k("q")], "esc", "close (stays pending; f finalizes later)", .back, hint: true, short: "close"),
        ],
        .callbackForm: [
            .init([key(.enter)], "enter", "finalize", .select, hint: true),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
        .passthrough: [
            .init([.ctrl("s")], "ctrl-s", "send", .send, hint: true),
            .init([key(.tab)], "tab", "next field", .nextField, hint: true),
            .init([key(.backTab)], "shift-tab", "previous field", .previousField),
            .init([.ctrl("p")], "ctrl-p", "previous request from history", .historyPrevious),
            .init([.ctrl("n")], "ctrl-n", "next request from history", .historyNext),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
        .passthroughResponse: movement + [
            .init([key(.tab)], "tab", "next field", .nextField, hint: true),
            .init([key(.backTab)], "shift-tab", "previous field", .previousField),
            .init([.ctrl("s")], "ctrl-s", "send again", .send),
            .init([key(.enter), k(" ")], "enter/space", "fold / unfold", .toggleFold),
            .init([key(.left), k("h")], "←/h", "fold", .fold),
            .init([key(.right), k("l")], "→/l", "unfold", .unfold),
            .init([k("/")], "/", "search the response", .search, hint: true, short: "search"),
            .init([k("n")], "n", "next match", .searchNext),
            .init([k("N")], "N", "previous match", .searchPrevious),
            .init([k("y")], "y", "copy the body", .copy, hint: true, short: "copy"),
            .init([key(.escape), k("q")], "esc", "close", .back, hint: true),
        ],
        .objectPicker: [
            .init([key(.up)], "↑", "move up", .up),
            .init([key(.down)], "↓", "move down", .down),
            .init([key(.enter)], "enter", "show these records", .select, hint: true),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
        .queryForm: [
            .init([key(.tab), key(.down)], "tab", "next field", .nextField, hint: true),
            .init([key(.backTab), key(.up)], "shift-tab", "previous field", .previousField),
            .init([key(.enter)], "enter", "apply", .select, hint: true),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
        .lookupForm: [
            .init([key(.tab), key(.down)], "tab", "next field", .nextField, hint: true),
            .init([key(.backTab), key(.up)], "shift-tab", "previous field", .previousField),
            .init([key(.enter)], "enter", "look up", .select, hint: true),
            .init([key(.escape)], "esc", "close", .back, hint: true),
        ],
    ])
}
