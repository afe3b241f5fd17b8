import OrderedJSON

/// The answer to /connect: open `url` in a browser, then finalize `connectionID` with /callback.
public struct ConnectResponse: Hashable, Sendable {
    public var url: String
    public var connectionID: String
    public var raw: JSONValue

    public init(url: String, connectionID: String, raw: JSONValue = .null) {
        self.url = url
        self.connectionID = connectionID
        self.raw = raw
    }
}
