import Foundation
import TUIKit

/// A text response body (HTML, CSV, XML, plain text): lines that scroll, with the same `/`
/// search prompt and `n`/`N` as the JSON viewer, so every passthrough answer is searchable.
struct TextBodyState: Hashable, Sendable {
    let text: String
    /// The lines as shown: tabs become two spaces so columns line up (the sanitizer would show
    /// a placeholder for a tab).
    let lines: [String]
    /// The first line shown.
    var scroll = 0
    /// The search prompt while it is open.
    var searchField: TextFieldState?
    /// The last submitted search ("" for none); matched case-insensitively.
    var query = ""

    init(text: String) {
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\t", with: "  ") }
    }

    var isSearching: Bool { searchField != nil }

    /// Indices of the lines containing the query.
    func matchingLines() -> [Int] {
        guard !query.isEmpty else { return [] }
        let q = query.lowercased()
        return lines.indices.filter { lines[$0].lowercased().contains(q) }
    }

    mutating func scroll(to line: Int, page: Int) {
        scroll = min(max(0, line), max(0, lines.count - page))
    }

    mutating func beginSearch() { searchField = TextFieldState(text: query) }
    mutating func cancelSearch() { searchField = nil }

    /// Closes the prompt, keeps its text as the query and shows the first match at or below the
    /// top line (wrapping to the first match).
    mutating func submitSearch(page: Int) {
        query = searchField?.text ?? query
        searchField = nil
        let matches = matchingLines()
        if let line = matches.first(where: { $0 >= scroll }) ?? matches.first { scroll(to: line, page: page) }
    }

    /// The next (or previous) match after (before) the top line, wrapping around.
    mutating func search(forward: Bool, page: Int) {
        let matches = matchingLines()
        guard !matches.isEmpty else { return }
        let line = forward
            ? matches.first(where: { $0 > scroll }) ?? matches[0]
            : matches.last(where: { $0 < scroll }) ?? matches[matches.count - 1]
        scroll(to: line, page: page)
    }
}
