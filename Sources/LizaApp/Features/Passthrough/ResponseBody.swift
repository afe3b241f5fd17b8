import Foundation
import OrderedJSON
import TUIKit

/// What the passthrough response viewer shows: JSON in TUIKit's foldable, searchable `JSONView`;
/// text as lines that scroll; a binary body or no body as a one-line note.
enum ResponseBody: Hashable, Sendable {
    case json(JSONViewState)
    /// `scroll` is the first line shown.
    case text(String, scroll: Int)
    case binary(byteCount: Int)
    case empty

    /// The JSON viewer's state, when the body is JSON.
    var json: JSONViewState? {
        if case .json(let j) = self { return j } else { return nil }
    }

    /// True while the JSON body's search prompt is open.
    var isSearching: Bool { json?.isSearching == true }

    /// The text that `y` copies: the JSON pretty-printed and unfolded, or the text; "" otherwise.
    var copyText: String {
        switch self {
        case .json(let j): return j.value.prettyPrinted()
        case .text(let t, _): return t
        case .binary, .empty: return ""
        }
    }

    /// The lines of a text body as shown: tabs become two spaces so columns line up (the
    /// sanitizer would show a placeholder for a tab).
    static func textLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\t", with: "  ") }
    }
}
