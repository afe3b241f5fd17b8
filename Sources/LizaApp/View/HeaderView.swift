import Foundation
import LizaAPI
import TUIKit

/// The top row: app name, DEMO and READ-ONLY badges, API host, profile, number of connections, token source.
enum HeaderView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, with: Cell(style: theme[.surface]))
        let s = state.session
        var parts: [(String, Style)] = [(" liza ", theme[.primary].adding(.bold))]
        if s.isDemo { parts.append((" DEMO ", theme[.warning].adding([.reverse, .bold]))) }
        if s.isOffline { parts.append((" OFFLINE ", theme[.warning].adding([.reverse, .bold]))) }
        if s.readOnly != nil { parts.append((" READ-ONLY ", theme[.error].adding([.reverse, .bold]))) }
        parts.append(("  ", theme[.muted]))
        parts.append(("api ", theme[.muted]))
        parts.append((s.host, theme[.text]))
        parts.append(("  profile ", theme[.muted]))
        parts.append((s.profile, theme[.text]))
        if case .main = state.screen {
            let n = state.connections.items.count
            let pending = state.connections.items.filter(\.isPending).count
            parts.append(("  ", theme[.muted]))
            parts.append(("\(n) connection\(n == 1 ? "" : "s")", theme[.text]))
            if pending > 0 { parts.append((" (\(pending) pending)", theme[.warning])) }
        }
        let used = Draw.segments(&buffer, parts, at: Point(x: area.x, y: area.y), maxWidth: area.width)
        var right = ""
        if let source = s.tokenSource {
            right = "token " + (s.tokenLast4.map { "…\($0)" } ?? "set") + " (\(source)) "
        } else if case .main = state.screen {
            right = "no token "
        }
        let w = DisplayWidth.of(right)
        if !right.isEmpty, used + w + 2 <= area.width {
            buffer.write(right, at: Point(x: area.maxX - w, y: area.y), style: theme[.muted])
        }
    }
}
