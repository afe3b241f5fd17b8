import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// A scrollable, foldable, searchable view of a JSON value or text (records, connection info,
/// passthrough responses).
struct DocumentViewerState: Hashable, Sendable {
    var title: String
    var content: DocumentContent
    /// Paths of folded containers.
    private(set) var collapsed: Set<String> = []
    /// The lines as currently folded (cached: recomputed only when folding changes).
    private(set) var lines: [DocumentLine] = []
    var cursor = ListCursor()
    var search = TextFieldState()
    var isSearching = false
    /// The last search submitted (highlighted, `n`/`N` jump between matches).
    var searchQuery = ""

    init(title: String, content: DocumentContent) {
        self.title = title
        self.content = content
        rebuild()
    }

    /// The text that `y` copies: the whole document, pretty-printed and unfolded.
    var copyText: String {
        switch content {
        case .json(let v): return JSONDocument.prettyText(v)
        case .text(let t): return t
        case .binary, .empty: return ""
        }
    }

    mutating func rebuild() {
        switch content {
        case .json(let v): lines = JSONDocument.lines(v, collapsed: collapsed)
        case .text(let t): lines = JSONDocument.textLines(t)
        case .binary(let n): lines = [DocumentLine(depth: 0, segments: [.init("binary body, \(ByteCount.format(n))", .muted)])]
        case .empty: lines = [DocumentLine(depth: 0, segments: [.init("(empty body)", .muted)])]
        }
    }

    /// Folds or unfolds the container on the cursor line. Returns false when it is not foldable.
    @discardableResult
    mutating func toggleFold(page: Int) -> Bool {
        guard lines.indices.contains(cursor.index), let path = lines[cursor.index].foldPath else { return false }
        if collapsed.contains(path) { collapsed.remove(path) } else { collapsed.insert(path) }
        rebuild()
        cursor.clamp(count: lines.count, page: page)
        return true
    }

    /// Folds the container on the cursor line, or the one enclosing it.
    mutating func fold(page: Int) {
        guard lines.indices.contains(cursor.index) else { return }
        if let path = lines[cursor.index].foldPath, !collapsed.contains(path) {
            collapsed.insert(path)
        } else {
            let depth = lines[cursor.index].depth
            guard depth > 0, let parent = lines[..<cursor.index].lastIndex(where: { $0.depth < depth && $0.foldPath != nil }),
                  let path = lines[parent].foldPath else { return }
            collapsed.insert(path)
            cursor.index = parent
        }
        rebuild()
        cursor.clamp(count: lines.count, page: page)
    }

    /// Unfolds the container on the cursor line.
    mutating func unfold(page: Int) {
        guard lines.indices.contains(cursor.index), let path = lines[cursor.index].foldPath, collapsed.contains(path) else { return }
        collapsed.remove(path)
        rebuild()
        cursor.clamp(count: lines.count, page: page)
    }

    /// Line indices whose text contains the search query (case-insensitive).
    var matches: [Int] {
        let q = searchQuery.lowercased()
        guard !q.isEmpty else { return [] }
        return lines.indices.filter { lines[$0].plainText.lowercased().contains(q) }
    }

    /// Moves to the next (or previous) match after the cursor, wrapping around.
    mutating func jumpToMatch(forward: Bool, includeCurrent: Bool = false, page: Int) {
        let m = matches
        guard !m.isEmpty else { return }
        let here = cursor.index
        let target: Int
        if forward {
            target = m.first(where: { includeCurrent ? $0 >= here : $0 > here }) ?? m[0]
        } else {
            target = m.last(where: { $0 < here }) ?? m[m.count - 1]
        }
        cursor.index = target
        cursor.clamp(count: lines.count, page: page)
    }
}
