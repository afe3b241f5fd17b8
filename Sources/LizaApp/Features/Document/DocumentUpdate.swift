import Foundation
import LizaAPI
import TUIKit

/// The JSON/text viewer (records, connection info): scroll, fold, search, copy.
enum DocumentUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .document(var doc) = s.modals.last else { return [] }
        if command == .back && !doc.isSearching {
            s.pop()
            return []
        }
        if command == .help {
            s.push(.help(HelpState(context: .document)))
            return []
        }
        let fx = apply(&doc, command, page: LayoutPlan.documentPage(s.size), status: &s.status)
        s.modals[s.modals.count - 1] = .document(doc)
        return fx
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .document(var doc) = s.modals.last else { return [] }
        doc.search.handle(event)
        s.modals[s.modals.count - 1] = .document(doc)
        return []
    }

    /// Viewer commands shared with the passthrough response.
    static func apply(_ doc: inout DocumentViewerState, _ command: Command, page: Int, status: inout StatusState) -> [Effect] {
        if doc.isSearching {
            switch command {
            case .select:
                doc.isSearching = false
                doc.searchQuery = doc.search.text
                doc.jumpToMatch(forward: true, includeCurrent: true, page: page)
                let n = doc.matches.count
                status.notice = doc.searchQuery.isEmpty ? nil : (n == 0 ? "no match for \"\(doc.searchQuery)\"" : "\(n) matching line\(n == 1 ? "" : "s")")
            case .back:
                doc.isSearching = false
            default:
                break
            }
            return []
        }
        if AppUpdate.move(&doc.cursor, command, count: doc.lines.count, page: page) { return [] }
        switch command {
        case .toggleFold: doc.toggleFold(page: page)
        case .fold: doc.fold(page: page)
        case .unfold: doc.unfold(page: page)
        case .search:
            doc.isSearching = true
            doc.search = TextFieldState(text: doc.searchQuery)
        case .searchNext: doc.jumpToMatch(forward: true, page: page)
        case .searchPrevious: doc.jumpToMatch(forward: false, page: page)
        case .copy:
            let text = doc.copyText
            guard !text.isEmpty else {
                status.notice = "nothing to copy"
                return []
            }
            status.notice = "copied \(ByteCount.format(text.utf8.count)) to the clipboard (OSC 52)"
            return [.copyToClipboard(text)]
        default:
            break
        }
        return []
    }
}
