import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// The JSON viewer (records, connection and integration info): TUIKit's `JSONViewState` driven by
/// keymap commands — scroll, fold, search, copy.
enum DocumentUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .document(let title, var json) = s.modals.last else { return [] }
        if command == .back && !json.isSearching {
            s.pop()
            return []
        }
        if command == .help {
            s.push(.help(HelpState(context: .document)))
            return []
        }
        let fx = apply(&json, command, page: LayoutPlan.documentPage(s.size), status: &s.status)
        s.modals[s.modals.count - 1] = .document(title: title, json: json)
        return fx
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .document(let title, var json) = s.modals.last else { return [] }
        json.editSearch(event)
        s.modals[s.modals.count - 1] = .document(title: title, json: json)
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
                let n = json.matchingLines().count
                status.notice = json.query.isEmpty ? nil : (n == 0 ? "no match for \"\(json.query)\"" : "\(n) matching line\(n == 1 ? "" : "s")")
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
}
