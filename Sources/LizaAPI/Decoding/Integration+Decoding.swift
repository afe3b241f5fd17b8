import OrderedJSON

extension Integration {
    /// Decodes an integration tolerantly: `type` is required (a string or number); `name`
    /// defaults to the type; categories may use Liza or Unified names; the object is kept in `raw`.
    public init(json: JSONValue) throws(LizaError) {
        guard case .object = json else { throw DecodingFailure.notAnObject("an integration", got: json) }
        guard let type = json.field(anyOf: ["type", "integration_type"])?.scalarText, !type.isEmpty else {
            throw DecodingFailure.missing(.type, in: "integration")
        }
        let categories = CategoryList(json: json.field("categories"))
        self.init(
            type: type,
            name: json.text("name") ?? type,
            categories: categories.known,
            otherCategories: categories.other,
            raw: json
        )
    }
}
