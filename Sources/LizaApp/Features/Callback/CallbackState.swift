import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// Finalizing a pending connection by id (POST /callback).
struct CallbackState: Hashable, Sendable {
    var connectionID: TextFieldState
    var finalize: LoadState = .idle
    var result: CallbackResult?
    var error: String?

    init(connectionID: String = "") { self.connectionID = TextFieldState(text: connectionID) }
}
