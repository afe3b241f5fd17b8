import OrderedJSON

extension Connection {
    /// Decodes a connection tolerantly: `id` (string or number) and `integration_type` are
    /// required; everything else is optional; snake_case or camelCase keys; Liza or Unified
    /// category names; the object is kept in `raw`.
    public init(json: JSONValue) throws(LizaError) {
        guard case .object = json else { throw DecodingFailure.notAnObject("a connection", got: json) }
        guard let id = json.field(anyOf: ["id", "connection_id"])?.scalarText, !id.isEmpty else {
            throw DecodingFailure.missing(.id, in: "connection")
        }
        guard let type = json.field(anyOf: ["integration_type", "integration", "type"])?.scalarText, !type.isEmpty else {
            throw DecodingFailure.missing(.integrationType, in: "connection \(id)")
        }
        let categories = CategoryList(json: json.field("categories"))
        let permissions = json.field(anyOf: ["permissions", "scopes"])?.arrayValue?.compactMap(\.scalarText) ?? []
        self.init(
            id: id,
            integrationType: type,
            integrationName: json.text("integration_name"),
            categories: categories.known,
            otherCategories: categories.other,
            externalXref: json.text("external_xref"),
            permissions: permissions,
            status: json.text("status"),
            createdAt: json.text("created_at"),
            updatedAt: json.text("updated_at"),
            lastHealthyAt: json.text("last_healthy_at"),
            lastUnhealthyAt: json.text("last_unhealthy_at"),
            lastUnhealthyCode: json.text("last_unhealthy_code"),
            isPaused: json.flag("is_paused"),
            raw: json
        )
    }
}
