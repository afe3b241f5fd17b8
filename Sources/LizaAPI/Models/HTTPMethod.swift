/// The methods passthrough accepts.
public enum HTTPMethod: String, CaseIterable, Hashable, Sendable, Codable {
    case GET, POST, PUT, PATCH, DELETE
}
