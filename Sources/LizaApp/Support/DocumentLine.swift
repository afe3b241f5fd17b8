import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// One line of a document shown in the JSON/text viewer: indentation plus styled segments.
struct DocumentLine: Hashable, Sendable {
    /// What a segment is, so the view can pick a theme role.
    enum Role: Hashable, Sendable { case key, string, number, bool, null, punctuation, text, muted }

    struct Segment: Hashable, Sendable {
        var text: String
        var role: Role
        init(_ text: String, _ role: Role) { self.text = text; self.role = role }
    }

    var depth: Int
    var segments: [Segment]
    /// The JSON path of the container that opens on this line (foldable), e.g. `$.emails[0]`.
    var foldPath: String?
    /// True when this line shows a folded container.
    var isFolded: Bool

    init(depth: Int, segments: [Segment], foldPath: String? = nil, isFolded: Bool = false) {
        self.depth = depth; self.segments = segments; self.foldPath = foldPath; self.isFolded = isFolded
    }

    /// The plain text of the line (for search and copy), without indentation.
    var plainText: String { segments.map(\.text).joined() }
}
