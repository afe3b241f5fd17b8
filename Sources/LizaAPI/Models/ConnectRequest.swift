/// The body of POST /v1/integrations/connect.
public struct ConnectRequest: Hashable, Sendable {
    public var integrationType: String
    public var categories: [Category]
    public var redirectURL: String?
    public var externalXref: String?
    public var scopes: [String]

    public init(integrationType: String, categories: [Category], redirectURL: String? = nil, externalXref: String? = nil, scopes: [String] = []) {
        self.integrationType = integrationType
        self.categories = categories
        self.redirectURL = redirectURL
        self.externalXref = externalXref
        self.scopes = scopes
    }
}
