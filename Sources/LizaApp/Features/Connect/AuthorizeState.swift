import Foundation
import TUIKit
import LizaAPI

/// After /connect: the authorization URL in full, and finishing the connection — by itself when
/// the loopback listener hears the browser come back, by the pasted address the browser ended
/// on, or by hand (enter: POST /callback).
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
    /// The browser's return to the loopback listener.
    var wait: BrowserWait = .off
    /// The generation of the connect request whose listener reports here (`Action.browserReturn`).
    var listenGeneration: Int?
    /// How long the listener waits, in seconds (the message says it when the time is up).
    var waitSeconds = AuthorizeState.defaultWaitSeconds
    /// "Paste the address your browser ended on" (`id`/`error` are read from it).
    var paste = TextFieldState()
    var pasteFocused = false
    /// The QR code of the URL is shown instead of the text (`q`).
    var showQR = false
    /// The connection this connect replaces (`r` relink): once the new one is active, deleting
    /// it is offered.
    var relinkOf: Connection?

    /// The listener's wait limit (10 minutes, as the CLI's `--wait-timeout` default).
    static let defaultWaitSeconds = 600

    init(url: String, connectionID: String, integrationType: String) {
        self.url = url; self.connectionID = connectionID; self.integrationType = integrationType
    }

    /// What a return to the redirect URL must match.
    var expectation: RedirectExpectation { RedirectExpectation(connectionID: connectionID, authorizationURL: url) }
}
