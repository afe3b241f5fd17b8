import OrderedJSON

/// The provider's raw answer to a passthrough call, with the HTTP status it came with.
public struct PassthroughResponse: Hashable, Sendable {
    public enum Body: Hashable, Sendable {
        case empty
        case json(JSONValue)
        case text(String)
        /// Not text: only its size is kept for display (the bytes are in `bytes`).
        case binary(byteCount: Int)
    }

    public var status: Int
    public var contentType: String?
    public var body: Body
    /// The body exactly as received.
    public var bytes: [UInt8]
    /// Wall time of the request, in seconds.
    public var duration: Double

    public init(status: Int, contentType: String?, body: Body, bytes: [UInt8], duration: Double) {
        self.status = status; self.contentType = contentType; self.body = body; self.bytes = bytes; self.duration = duration
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}
