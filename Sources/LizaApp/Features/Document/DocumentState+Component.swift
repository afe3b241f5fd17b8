import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// The JSON viewer: TUIKit's `JSONViewState` driven by keymap commands — scroll, fold, search, copy.
extension DocumentState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.document, AppKeymap.movement + [
            KeyBinding([KeyEvent(.enter), .char(" ")], "enter/space", "fold / unfold", .toggleFold, hint: true, short: "fold"),
            KeyBinding([KeyEvent(.left), .char("h")], "←/h", "fold", .fold),
            KeyBinding([KeyEvent(.right), .char("l")], "→/l", "unfold", .unfold),
            KeyBinding([.char("/")], "/", "search", .search, hint: true),
            KeyBinding([.char("n")], "n", "next match", .searchNext),
            KeyBinding([.char("N")], "N", "previous match", .searchPrevious),
            KeyBinding([.char("y")], "y", "copy the JSON (OSC 52)", .copy, hint: true, short: "copy"),
            KeyBinding([.char("v")], "v", "open in $PAGER (default less -R)", .pager),
            KeyBinding([.char("|")], "|", "filter through jq (enter on an empty line: all of it)", .jqFilter, hint: true, short: "jq"),
            KeyBinding([KeyEvent(.escape), .char("q")], "esc/q", "close", .back, hint: true),
            KeyBinding([.char("?")], "?", "help", .help),
        ]),
        (.search, [
            KeyBinding([KeyEvent(.enter)], "enter", "search", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "cancel", .back, hint: true),
        ]),
        (.jqPrompt, [
            KeyBinding([KeyEvent(.enter)], "enter", "filter (an empty expression shows all)", .select, hint: true, short: "filter"),
            KeyBinding([KeyEvent(.escape)], "esc", "cancel", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<DocumentState>(embed: AppModal.document) {
        guard case .document(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { jq.prompt != nil ? .jqPrompt : (json.isSearching ? .search : .document) }

    var loadingLabel: String? { jq.run.isLoading ? "running jq" : nil }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if jq.prompt != nil {
            if command == .select { return jq.submit(&json, app: &app) }
            if command == .back { jq.prompt = nil }
            return []
        }
        if command == .jqFilter {
            jq.begin()
            return []
        }
        if command == .pager { return [.openPager(json.value.prettyPrinted())] }
        if command == .back && !json.isSearching {
            disposition = .close
            return []
        }
        if command == .help {
            app.present(HelpState(context: .document))
            return []
        }
        return Self.apply(&json, command, page: max(1, json.viewportHeight), status: &app.status)
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if jq.prompt != nil {
            jq.prompt?.handle(event)
        } else {
            json.editSearch(event)
        }
        return []
    }

    /// Viewer commands shared with the passthrough response's JSON body; `page` is the number of
    /// lines the viewer shows.
    static func apply(_ json: inout JSONViewState, _ command: Command, page: Int, status: inout StatusState) -> [Effect] {
        json.viewportHeight = page
        if json.isSearching {
            switch command {
            case .select:
                json.submitSearch()
                let count = json.matchingLines().count
                status.notice = json.query.isEmpty ? nil : (count == 0 ? "no match for \"\(json.query)\"" : "\(count) matching line\(count == 1 ? "" : "s")")
            case .back:
                json.cancelSearch()
            default:
                break
            }
            return []
        }
        switch command {
        case .up: json.moveUp()
        case .down: json.moveDown()
        case .top: json.moveToTop()
        case .bottom: json.moveToBottom()
        case .pageUp: json.pageUp()
        case .pageDown: json.pageDown()
        case .toggleFold: json.toggleFold()
        case .fold: json.fold()
        case .unfold: json.unfold()
        case .search: json.beginSearch()
        case .searchNext: json.searchNext()
        case .searchPrevious: json.searchPrevious()
        case .copy: return copy(json.value.prettyPrinted(), status: &status)
        default: break
        }
        return []
    }

    /// `y`: the text to the clipboard (OSC 52), with a notice saying how much.
    static func copy(_ text: String, status: inout StatusState) -> [Effect] {
        guard !text.isEmpty else {
            status.notice = "nothing to copy"
            return []
        }
        status.notice = "copied \(ByteCount.format(text.utf8.count)) to the clipboard (OSC 52)"
        return [.copyToClipboard(text)]
    }

    /// `12/40` (cursor line / lines).
    static func position(_ json: JSONViewState) -> String {
        "\(min(json.cursor + 1, json.lineCount))/\(json.lineCount)"
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.documentRect(in: size) }

    /// The JSON lines: inside the border, above the viewer's search bar.
    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect] {
        let inner = frame.inset(by: 1)
        return [.content: Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: max(1, inner.height - 1))]
    }

    mutating func laidOut(_ layout: ModalLayout) { json.viewportHeight = max(1, layout.rows(.content)) }

    var footerItems: [(Command, String?)] { [(.copy, nil), (.search, nil), (.toggleFold, nil), (.back, nil)] }

    /// A click puts the cursor on the line; a double click folds or unfolds it.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        let row = point.y - inner.y
        guard !json.isSearching, row >= 0, row < inner.height else { return [] }
        let line = json.offset + row
        guard line < json.lineCount else { return [] }
        while json.cursor < line { json.moveDown() }
        while json.cursor > line { json.moveUp() }
        if clickCount >= 2 { json.toggleFold() }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let shownTitle = jq.applied.map { "\(title) | \($0)" } ?? title
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: shownTitle, rightTitle: Self.position(json), footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        // One column of padding inside the border, as in the other modals.
        let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
        JSONView(focused: true, searchBar: true).render(state: json, into: &buffer, area: area, theme: theme)
        jq.renderPrompt(into: &buffer, area: area, theme: theme)
    }
}
