import Foundation
import TUIKit
import LizaAPI
/// A yes/no question before something that cannot be undone.
struct ConfirmState: Hashable, Sendable {
    /// What happens on "yes".
    enum Intent: Hashable, Sendable {
        case deleteConnection(id: String)
        /// Send the passthrough request in the modal below (non-GET methods ask first).
        case sendPassthrough
    }

    var title: String
    var message: String
    var confirmLabel: String
    var intent: Intent
    /// Lines shown under the message (the exact request before a write, a diff, the connection
    /// being deleted), each with how it is drawn.
    var preview: [PreviewLine] = []

    enum PreviewLine: Hashable, Sendable {
        case plain(String), muted(String), added(String), removed(String)
        case blank
    }

    init(title: String, message: String, confirmLabel: String, intent: Intent) {
        self.title = title; self.message = message; self.confirmLabel = confirmLabel; self.intent = intent
    }
}
