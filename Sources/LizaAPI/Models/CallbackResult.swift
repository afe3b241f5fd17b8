import OrderedJSON

/// The answer to /callback. Its shape is undocumented: usually the connection, but anything is kept.
public struct CallbackResult: Hashable, Sendable {
    /// The finalized connection when the body looks like one.
    public var connection: Connection?
    public var raw: JSONValue

    public init(connection: Connection?, raw: JSONValue) {
        self.connection = connection
        self.raw = raw
    }
}
