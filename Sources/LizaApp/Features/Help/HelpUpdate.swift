import TUIKit
import LizaAPI
import Foundation
/// The `?` overlay: scroll and close.
enum HelpUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .help(var h) = s.modals.last else { return [] }
        let total = HelpContent.lines(for: h.context).count
        let page = max(1, LayoutPlan.helpRect(in: s.size).height - 2)
        let maxScroll = max(0, total - page)
        switch command {
        case .up: h.scroll = max(0, h.scroll - 1)
        case .down: h.scroll = min(maxScroll, h.scroll + 1)
        case .pageUp: h.scroll = max(0, h.scroll - page)
        case .pageDown: h.scroll = min(maxScroll, h.scroll + page)
        case .back: s.pop(); return []
        default: break
        }
        s.modals[s.modals.count - 1] = .help(h)
        return []
    }
}
