import Foundation
import LizaAPI
import TUIKit

/// Draws document lines (JSON coloured by role, folded containers, search matches, cursor line).
enum DocumentView {
    static func role(_ r: DocumentLine.Role) -> ThemeRole {
        switch r {
        case .key: return .jsonKey
        case .string: return .jsonString
        case .number: return .jsonNumber
        case .bool: return .jsonBool
        case .null: return .jsonNull
        case .punctuation: return .jsonPunctuation
        case .text: return .text
        case .muted: return .muted
        }
    }

    /// `12/40` (cursor line / lines).
    static func position(_ d: DocumentViewerState) -> String {
        "\(min(d.cursor.index + 1, d.lines.count))/\(d.lines.count)"
    }

    static func render(_ d: DocumentViewerState, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard area.height > 0 else { return }
        let searchRow = d.isSearching || !d.searchQuery.isEmpty
        let height = area.height - (searchRow ? 1 : 0)
        let query = d.searchQuery.lowercased()
        let offset = min(d.cursor.offset, max(0, d.lines.count - 1))
        for i in 0..<max(0, height) {
            let n = offset + i
            guard n < d.lines.count else { break }
            let line = d.lines[n]
            let y = area.y + i
            let isCursor = n == d.cursor.index && focused
            let isMatch = !query.isEmpty && line.plainText.lowercased().contains(query)
            if isCursor { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(style: theme[.selection])) }
            var x = area.x + 1 + min(line.depth * 2, area.width / 2)
            if isMatch { buffer.write("▌", at: Point(x: area.x, y: y), style: theme[.accent]) }
            for seg in line.segments {
                guard x < area.maxX else { break }
                var style = theme[role(seg.role)]
                if isCursor { style = style.adding(.reverse) }
                if isMatch && seg.text.lowercased().contains(query) { style = style.adding(.underline) }
                x += buffer.write(seg.text, at: Point(x: x, y: y), style: style, maxWidth: area.maxX - x)
            }
            if line.foldPath != nil && !line.isFolded && x < area.maxX - 2 && isCursor {
                buffer.write(" ▾", at: Point(x: x, y: y), style: theme[.muted])
            }
        }
        if searchRow {
            let y = area.maxY - 1
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(style: theme[.surface]))
            buffer.write("/", at: Point(x: area.x, y: y), style: theme[.primary])
            if d.isSearching {
                Draw.field(&buffer, d.search, in: Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1), focused: true, theme: theme)
            } else {
                let n = d.matches.count
                buffer.write("\(d.searchQuery)  ·  \(n) match\(n == 1 ? "" : "es") · n next · N previous",
                             in: Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1), style: theme[.muted])
            }
        }
    }
}
