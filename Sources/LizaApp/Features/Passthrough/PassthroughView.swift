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
            ?? (p.bodyIsBlank ? ("empty", theme[.muted]) : ("✓ valid JSON object", theme[.success]))
        Draw.segments(&buffer, [(bodyFocused ? "› " : "  ", theme[.primary]), (label, bodyFocused ? theme[.primary] : theme[.muted]),
                                ("  ", theme[.muted]), status], at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let bodyArea = LayoutPlan.passthroughBodyRect(in: size)
        let editor = bodyEditor(focused: bodyFocused)
        editor.render(state: p.body, into: &buffer, area: bodyArea, theme: theme)
        // The line the parser complains about gets its number in the error colour.
        if let line = p.bodyError?.line, line <= p.body.lineCount {
            let k = line - 1 - p.body.visibleRowOffset(height: bodyArea.height)
            if k >= 0, k < bodyArea.height {
                let gutter = editor.gutterWidth(for: p.body)
                buffer.write(String(line), in: Rect(x: bodyArea.x, y: bodyArea.y + k, width: max(0, gutter - 1), height: 1),
                             style: theme[.error], alignment: .right)
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
            if case .binary(let n)? = p.response { head.append(("  \(ByteCount.format(n))", theme[.muted])) }
        }
        if let e = p.error { head.append(("  ✗ " + e, theme[.error])) }
        Draw.segments(&buffer, head, at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let area = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        if let body = p.response {
            renderResponse(body, into: &buffer, area: area, focused: p.focus == .response, theme: theme)
        } else if !area.isEmpty {
            buffer.write(p.send.isLoading ? "" : "ctrl-s sends the request; the answer appears here.",
                         in: Rect(x: area.x + 2, y: area.y, width: area.width - 3, height: 1), style: theme[.muted])
        }
    }

    /// The response body: JSON in TUIKit's viewer, text as searchable lines, binary and empty bodies as a note.
    private static func renderResponse(_ body: ResponseBody, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        switch body {
        case .json(let json):
            // Indented one column, like the form's fields above it.
            let inset = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 1), height: area.height)
            JSONView(focused: focused, searchBar: true).render(state: json, into: &buffer, area: inset, theme: theme)
        case .text(let t):
            // The last row is the search bar while searching or after a search, as in JSONView.
            let bar: String? = t.searchField.map { "/" + $0.text + "▏" }
                ?? (t.query.isEmpty ? nil : "\(t.query) · \(t.matchingLines().count) matching lines · n next · N previous")
            let rows = bar == nil ? area.height : max(0, area.height - 1)
            let matches = Set(t.matchingLines())
            for (k, line) in t.lines.dropFirst(t.scroll).prefix(rows).enumerated() {
                let style = matches.contains(t.scroll + k) ? theme[.warning] : theme[.text]
                buffer.write(line, at: Point(x: area.x + 1, y: area.y + k), style: style, maxWidth: area.width - 1)
            }
            if let bar {
                buffer.write(bar, in: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 1, height: 1), style: theme[.muted])
            }
        case .binary(let n):
            buffer.write("binary body, \(ByteCount.format(n))", at: Point(x: area.x + 1, y: area.y), style: theme[.muted], maxWidth: area.width - 1)
        case .empty:
            buffer.write("(empty body)", at: Point(x: area.x + 1, y: area.y), style: theme[.muted], maxWidth: area.width - 1)
        }
    }

    /// The body editor widget (line numbers in a gutter); the update measures its text columns.
    static func bodyEditor(focused: Bool) -> TextArea { TextArea(lineNumbers: true, focused: focused) }
}
