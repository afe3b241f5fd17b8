import Foundation
import LizaAPI
import TUIKit

/// The passthrough form: method, path, body editor (with live validation) and the response.
enum PassthroughView {
    static func render(_ p: PassthroughState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.passthroughRect(in: size)
        let split = LayoutPlan.passthroughSplit(size)
        let history = state.passthroughHistory.filter { $0.connectionID == p.connectionID }.count
        let inner = Draw.box(&buffer, rect, title: "Passthrough · \(p.connectionLabel)",
                             rightTitle: history > 0 ? "history \(history) · ctrl-p/ctrl-n" : "",
                             footer: "ctrl-s send · tab next · esc close", focused: true, theme: theme, clear: true)
        guard inner.height > 4 else { return }
        var y = inner.y
        // Method and path on one row.
        let methodFocused = p.focus == .method
        buffer.write(methodFocused ? "›" : " ", at: Point(x: inner.x, y: y), style: theme[.primary])
        let method = " \(p.method.rawValue) "
        buffer.write(method, at: Point(x: inner.x + 2, y: y), style: methodFocused ? theme[.selection].adding(.bold) : theme[.accent].adding(.bold))
        let px = inner.x + 2 + 9
        buffer.write(p.focus == .path ? "›" : " ", at: Point(x: px - 2, y: y), style: theme[.primary])
        Draw.field(&buffer, p.path, in: Rect(x: px, y: y, width: inner.maxX - px - 1, height: 1), focused: p.focus == .path, theme: theme,
                   placeholder: "/path on the provider, e.g. /crm/v3/objects/contacts")
        y += 1
        // Body editor.
        let bodyFocused = p.focus == .body
        let label = p.method == .GET ? "Query (JSON object, optional)" : "Body (JSON object, optional)"
        let status: (String, Style) = p.bodyError.map { ("✗ " + $0.description, theme[.error]) }
            ?? (p.body.isBlank ? ("empty", theme[.muted]) : ("✓ valid JSON object", theme[.success]))
        Draw.segments(&buffer, [(bodyFocused ? "› " : "  ", theme[.primary]), (label, bodyFocused ? theme[.primary] : theme[.muted]),
                                ("  ", theme[.muted]), status], at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let gutter = 4
        for i in 0..<split.body {
            let n = p.body.scrollRow + i
            let yy = y + i
            guard yy < inner.maxY else { break }
            buffer.fill(Rect(x: inner.x + 1, y: yy, width: inner.width - 2, height: 1), with: Cell(style: theme[.surface]))
            guard n < p.body.lines.count else { continue }
            let isErrorLine = p.bodyError?.line == n + 1
            buffer.write(String(format: "%3d", n + 1), at: Point(x: inner.x + 1, y: yy), style: isErrorLine ? theme[.error] : theme[.muted])
            let chars = p.body.lines[n]
            var x = inner.x + 1 + gutter
            for (ci, ch) in chars.enumerated() {
                guard x < inner.maxX - 1 else { break }
                let cursor = bodyFocused && n == p.body.row && ci == p.body.column
                x += buffer.write(String(ch), at: Point(x: x, y: yy), style: cursor ? theme[.text].adding(.reverse) : theme[.text], maxWidth: inner.maxX - 1 - x)
            }
            if bodyFocused && n == p.body.row && p.body.column >= chars.count && x < inner.maxX - 1 {
                buffer.write(" ", at: Point(x: x, y: yy), style: theme[.text].adding(.reverse))
            }
        }
        y += split.body
        guard y < inner.maxY else { return }
        // Response header.
        var head: [(String, Style)] = [(p.focus == .response ? "› " : "  ", theme[.primary]), ("Response", p.focus == .response ? theme[.primary] : theme[.muted])]
        if p.send.isLoading {
            head.append(("  \(Draw.spinner(state.status.spinnerFrame)) sending…", theme[.accent]))
        } else if let status = p.status {
            head.append(("  \(status)", (200..<300).contains(status) ? theme[.success].adding(.bold) : theme[.error].adding(.bold)))
            if let d = p.duration { head.append(("  \(Int((d * 1000).rounded())) ms", theme[.muted])) }
            if let ct = p.contentType { head.append(("  \(ct)", theme[.muted])) }
            if let doc = p.response, case .binary(let n) = doc.content { head.append(("  \(ByteCount.format(n))", theme[.muted])) }
        }
        if let e = p.error { head.append(("  ✗ " + e, theme[.error])) }
        Draw.segments(&buffer, head, at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let area = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        if let doc = p.response {
            DocumentView.render(doc, into: &buffer, area: area, focused: p.focus == .response, theme: theme)
        } else if !area.isEmpty {
            buffer.write(p.send.isLoading ? "" : "ctrl-s sends the request; the answer appears here.",
                         in: Rect(x: area.x + 2, y: area.y, width: area.width - 3, height: 1), style: theme[.muted])
        }
    }
}
