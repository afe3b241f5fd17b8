import Foundation
import OrderedJSON
import TUIKit

/// What the passthrough response viewer shows: JSON in TUIKit's foldable, searchable `JSONView`;
/// text as lines that scroll and search; a binary body or no body as a one-line note.
enum ResponseBody: Hashable, Sendable {
    case json(JSONViewState)
    case text(TextBodyState)
    case binary(byteCount: Int)
    case empty

    /// The JSON viewer's state, when the body is JSON.
    var json: JSONViewState? {
        if case .json(let j) = self { return j } else { return nil }
    }

    /// True while the body's search prompt is open.
    var isSearching: Bool {
        switch self {
        case .json(let j): return j.isSearching
        case .text(let t): return t.isSearching
        case .binary, .empty: return false
        }
    }

    /// The text that `y` copies: the JSON pretty-printed and unfolded, or the text; "" otherwise.
    var copyText: String {
        switch self {
        case .json(let j): return j.value.prettyPrinted()
        case .text(let t): return t.text
        case .binary, .empty: return ""
        }
    }
}
