import OrderedJSON

extension ConnectResponse {
    /// Decodes `{url, connection_id}` (or `connectionId`, `id`); both are required.
    public init(json: JSONValue) throws(LizaError) {
        guard case .object = json else { throw DecodingFailure.notAnObject("a connect response", got: json) }
        guard let url = json.field(anyOf: ["url", "authorize_url", "auth_url"])?.stringValue, !url.isEmpty else {
            throw DecodingFailure.missing(.url, in: "connect response")
        }
        guard let id = json.field(anyOf: ["connection_id", "id"])?.scalarText, !id.isEmpty else {
            throw DecodingFailure.missing(.connectionID, in: "connect response")
        }
        self.init(url: url, connectionID: id, raw: json)
    }
}
