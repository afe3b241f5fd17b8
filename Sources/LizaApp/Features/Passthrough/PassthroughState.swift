import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The passthrough form: a raw request to the provider through a connection, and its answer.
struct PassthroughState: Hashable, Sendable {
    enum Focus: Int, CaseIterable, Hashable, Sendable { case method, path, body, response }

    var connectionID: String
    /// e.g. `hubspot · 3f2a9c1e…`
    var connectionLabel: String
    var method: HTTPMethod = .GET
    var path = TextFieldState()
    var body = TextAreaState()
    var focus: Focus = .path
    /// Live validation of the body (nil when it is empty or a JSON object).
    var bodyError: BodyError?
    var send: LoadState = .idle
    var status: Int?
    var duration: Double?
    var contentType: String?
    var response: ResponseBody?
    /// The last failure (the form keeps everything typed).
    var error: String?
    /// Which history entry is loaded (`ctrl-p`/`ctrl-n`), nil for a new request.
    var historyIndex: Int?
    /// What was typed before `ctrl-p` started the history walk: the newest entry of the walk,
    /// which `ctrl-n` past the newest history entry brings back (as shells do).
    var historyDraft: PassthroughHistoryEntry?
    /// Where the body editor is on screen, and the rows of the response viewer (recorded from the
    /// layout, `laidOut`; empty and 0 until the first one).
    var bodyArea = Rect(x: 0, y: 0, width: 0, height: 0)
    var responseRows = 0
    /// The response's `|` filter (jq).
    var jq = JQFilterState()
    /// The body out in `$EDITOR` (`ctrl-e`).
    var editing: LoadState = .idle

    /// True when the body holds only spaces, tabs and line breaks (nothing will be sent).
    var bodyIsBlank: Bool { body.text.allSatisfy { $0 == " " || $0 == "\t" || $0.isNewline } }

    init(connectionID: String, connectionLabel: String, path: String = "") {
        self.connectionID = connectionID
        self.connectionLabel = connectionLabel
        self.path = TextFieldState(text: path)
    }
}
