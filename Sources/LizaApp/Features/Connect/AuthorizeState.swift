import Foundation
import TUIKit
import LizaAPI

/// After /connect: the authorization URL in full, and finalizing with /callback.
struct AuthorizeState: Hashable, Sendable {
    var url: String
    var connectionID: String
    var integrationType: String
    var finalize: LoadState = .idle
    /// The finalized connection, once /callback succeeded.
    var connected: Connection?
    /// Feedback line: copied, browser opened, why the browser is not offered, server errors.
    var message: String?
    var messageIsError = false
    /// Scroll of the wrapped URL when it does not fit.
    var scroll = 0

    init(url: String, connectionID: String, integrationType: String) {
        self.url = url; self.connectionID = connectionID; self.integrationType = integrationType
    }
}
