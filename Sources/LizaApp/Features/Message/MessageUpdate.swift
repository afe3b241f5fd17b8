import Foundation
import TUIKit
import LizaAPI
/// The full-message modal (`!`): scroll, copy, close.
enum MessageUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .message(var m) = s.modals.last else { return [] }
        switch command {
        case .up: m.scroll = max(0, m.scroll - 1)
        case .down: m.scroll += 1
        case .copy:
            s.status.notice = "copied the message (OSC 52)"
            return [.copyToClipboard(m.text)]
        case .back:
            s.pop()
            return []
        default: break
        }
        s.modals[s.modals.count - 1] = .message(m)
        return []
    }
}
