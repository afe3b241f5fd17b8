import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// What a document viewer shows: JSON (pretty, coloured, foldable), text, or a binary size.
enum DocumentContent: Hashable, Sendable {
    case json(JSONValue)
    case text(String)
    case binary(byteCount: Int)
    case empty
}
