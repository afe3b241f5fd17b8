import Foundation
import LizaAPI
import TUIKit

/// A multi-line text being edited (the passthrough body): lines, a cursor and a scroll row.
struct TextEditorState: Hashable, Sendable {
    private(set) var lines: [[Character]]
    private(set) var row: Int
    private(set) var column: Int
    /// First visible line; kept so the cursor stays visible (see `scroll(toShow:)`).
    var scrollRow: Int = 0

    init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    /// The whole text, lines joined with `\n`.
    var text: String { lines.map { String($0) }.joined(separator: "\n") }
    var isBlank: Bool { lines.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" } } }

    /// Replaces the text; the cursor goes to the start.
    mutating func set(_ text: String) {
        self = TextEditorState(text)
        row = 0; column = 0; scrollRow = 0
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    @discardableResult
    mutating func handle(_ event: KeyEvent, pageHeight: Int = 10) -> Bool {
        if event.modifiers.contains(.ctrl) {
            guard case .char(let c) = event.key else { return false }
            switch c {
            case "a": column = 0
            case "e": column = lines[row].count
            case "k": lines[row].removeSubrange(column..<lines[row].count)
            case "u": lines[row].removeSubrange(0..<column); column = 0
            default: return false
            }
            return true
        }
        if event.modifiers.contains(.alt) { return false }
        switch event.key {
        case .char(let c):
            lines[row].insert(c, at: column)
            column += 1
        case .enter:
            let rest = Array(lines[row][column...])
            lines[row].removeSubrange(column...)
            let indent = lines[row].prefix { $0 == " " }
            lines.insert(Array(indent) + rest, at: row + 1)
            row += 1
            column = indent.count
        case .tab:
            lines[row].insert(contentsOf: [" ", " "], at: column)
            column += 2
        case .backspace:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                let current = lines.remove(at: row)
                row -= 1
                column = lines[row].count
                lines[row].append(contentsOf: current)
            }
        case .delete:
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row + 1 < lines.count {
                let next = lines.remove(at: row + 1)
                lines[row].append(contentsOf: next)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up:
            if row > 0 { row -= 1; column = min(column, lines[row].count) }
        case .down:
            if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) }
        case .home: column = 0
        case .end: column = lines[row].count
        case .pageUp: row = max(0, row - pageHeight); column = min(column, lines[row].count)
        case .pageDown: row = min(lines.count - 1, row + pageHeight); column = min(column, lines[row].count)
        default:
            return false
        }
        scroll(toShow: pageHeight)
        return true
    }

    /// Adjusts `scrollRow` so the cursor row is inside a viewport of `height` lines.
    mutating func scroll(toShow height: Int) {
        let h = max(1, height)
        if row < scrollRow { scrollRow = row }
        if row >= scrollRow + h { scrollRow = row - h + 1 }
    }
}
