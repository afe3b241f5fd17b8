import Foundation
import TUIKit
import LizaAPI
/// A modal showing a long message in full (the whole error after `!`), wrapped and scrollable.
struct MessageState: Hashable, Sendable {
    var title: String
    var text: String
    var scroll: Int = 0
    init(title: String, text: String) { self.title = title; self.text = text }
}
