import OrderedJSON

extension CallbackResult {
    /// Keeps any body; `connection` is set when the body (or its `data` / `connection` member)
    /// decodes as a connection.
    public init(json: JSONValue) {
        let unwrapped = ResponseEnvelope.single(json)
        let candidate = unwrapped["connection"].flatMap { $0.objectValue == nil ? nil : $0 } ?? unwrapped
        self.init(connection: try? Connection(json: candidate), raw: json)
    }
}
