import Foundation
import LizaAPI
import TUIKit

/// The authorization URL in full (wrapped, never truncated) with copy / open / finalize.
enum AuthorizeView {
    static func render(_ a: AuthorizeState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let width = min(size.width - 2, 96)
        let urlLines = Draw.hardBreak(a.url, width: width - 4)
        let messageLines = a.message.map { Draw.wrap($0, width: width - 4) } ?? []
        let height = 10 + urlLines.count + messageLines.count
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: height))
        let done = a.connected != nil
        let inner = Draw.box(&buffer, rect, title: done ? "Connected" : "Authorize \(a.integrationType)", focused: true, theme: theme, clear: true)
        var lines: [(String, Style)] = []
        if done {
            lines.append(("✓ \(a.integrationType) is connected and active.", theme[.success].adding(.bold)))
        } else {
            lines.append(("1. Open this URL in a browser and approve access:", theme[.text]))
        }
        lines.append(("", theme[.text]))
        for l in urlLines { lines.append((l, theme[.accent].adding(.underline))) }
        lines.append(("", theme[.text]))
        if !done {
            lines.append(("2. Then press enter here to finalize (POST /callback).", theme[.text]))
        }
        lines.append(("connection id  \(a.connectionID)", theme[.muted]))
        for l in messageLines { lines.append((l, a.messageIsError ? theme[.error] : theme[.success])) }
        if a.finalize.isLoading { lines.append(("\(Draw.spinner(state.status.spinnerFrame)) finalizing…", theme[.accent])) }
        let visible = max(0, inner.height - 2)
        let start = min(a.scroll, max(0, lines.count - visible))
        for i in 0..<visible {
            let n = start + i
            guard n < lines.count else { break }
            buffer.write(lines[n].0, at: Point(x: inner.x + 1, y: inner.y + i), style: lines[n].1, maxWidth: inner.width - 2)
        }
        var keys: [(String, Style)] = [("c", theme[.primary].adding(.bold)), (" copy  ", theme[.muted])]
        if state.session.isSSH {
            keys += [("o", theme[.muted]), (" (no browser over SSH)  ", theme[.muted])]
        } else {
            keys += [("o", theme[.primary].adding(.bold)), (" open in browser  ", theme[.muted])]
        }
        keys += [("enter", theme[.primary].adding(.bold)), (done ? " close  " : " finalize  ", theme[.muted]),
                 ("esc", theme[.primary].adding(.bold)), (done ? " close" : " close (stays pending)", theme[.muted])]
        Draw.segments(&buffer, keys, at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: inner.width - 2)
    }
}
