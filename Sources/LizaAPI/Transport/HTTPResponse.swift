/// A response as the transport received it. Header names are lowercased.
public struct HTTPResponse: Hashable, Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    /// The protocol the response came over (`HTTP/1.1`, `HTTP/2`) when the transport knows it.
    public var version: String?

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status; self.headers = headers; self.body = body
    }

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}
