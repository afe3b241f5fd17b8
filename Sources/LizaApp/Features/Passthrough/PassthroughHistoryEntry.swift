import Foundation
import TUIKit
import LizaAPI

/// A passthrough request sent this session (kept in memory; it never contains the token).
public struct PassthroughHistoryEntry: Hashable, Sendable {
    /// The connection the request went through.
    public var connectionID: String
    /// GET, POST, PUT, PATCH or DELETE.
    public var method: HTTPMethod
    /// The provider path, e.g. `/crm/v3/objects/contacts`.
    public var path: String
    /// The body as typed (JSON text, possibly empty).
    public var body: String
    /// The HTTP status of the answer, or nil when it failed before one.
    public var status: Int?
    /// For a GET answered with JSON: the answer, pretty-printed (what a later PUT/PATCH of the
    /// same path is compared with before it is sent).
    public var response: String?

    /// One sent request.
    public init(connectionID: String, method: HTTPMethod, path: String, body: String, status: Int?, response: String? = nil) {
        self.connectionID = connectionID; self.method = method; self.path = path; self.body = body; self.status = status
        self.response = response
    }
}
