extension LizaError {
    /// Which input an error is about, by its name in the API, the config file or the response
    /// (`categories`, `base_url`, …). A form maps it to one of its own fields by comparing with
    /// these constants, never with a string spelled out a second time.
    public struct Field: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The name as the API, the config file or the response spells it.
        public let rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        // Request inputs (validation before sending, and the API's 400s).
        public static let category = Field(rawValue: "category")
        public static let categories = Field(rawValue: "categories")
        public static let integrationType = Field(rawValue: "integration_type")
        public static let redirectURL = Field(rawValue: "redirect_url")
        public static let connectionID = Field(rawValue: "connection_id")
        public static let objectType = Field(rawValue: "object_type")
        /// An object's extra list filters.
        public static let filters = Field(rawValue: "filters")
        /// A lookup's fields.
        public static let fields = Field(rawValue: "fields")
        public static let limit = Field(rawValue: "limit")
        public static let offset = Field(rawValue: "offset")
        public static let updatedSince = Field(rawValue: "updated_gte")
        /// A passthrough request's parts.
        public static let method = Field(rawValue: "method")
        public static let path = Field(rawValue: "path")
        public static let data = Field(rawValue: "data")

        // Settings (config file, environment, flags) and credentials.
        public static let baseURL = Field(rawValue: "base_url")
        public static let token = Field(rawValue: "token")
        public static let proxy = Field(rawValue: "proxy")
        public static let caBundle = Field(rawValue: "ca_bundle")
        public static let timeout = Field(rawValue: "timeout")
        /// Read-only mode refused a write (`read_only` in the profile, `--read-only`, `LIZA_READ_ONLY`).
        public static let readOnly = Field(rawValue: "read_only")

        // Response members whose absence makes a response unusable.
        public static let id = Field(rawValue: "id")
        public static let type = Field(rawValue: "type")
        public static let url = Field(rawValue: "url")
    }
}
