import Foundation
import OrderedJSON

/// A pasted curl command as a passthrough request: the method, the provider's path (from the
/// URL: path and, for a GET without a body, the query as `data`) and the body text.
///
/// A curl that liza itself printed (`…/v1/integrations/{id}/passthrough` with `{"method","path","data"}`)
/// is read back as the request it wraps.
public enum PassthroughImport {
    public struct Fields: Hashable, Sendable {
        public var method: HTTPMethod
        public var path: String
        /// The body as text (pretty JSON when it parsed as an object; empty for none).
        public var body: String
    }

    public static func fields(fromCurl text: String) -> Result<Fields, CurlParser.Failure> {
        let request: CurlParser.Request
        switch CurlParser.parse(text) {
        case .success(let r): request = r
        case .failure(let f): return .failure(f)
        }
        guard let method = HTTPMethod(rawValue: request.method) else {
            return .failure(CurlParser.Failure("\(request.method) is not a passthrough method (GET, POST, PUT, PATCH, DELETE)"))
        }
        guard let components = URLComponents(string: request.url) else {
            return .failure(CurlParser.Failure("'\(request.url)' is not a URL"))
        }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        let parsedBody = request.body.flatMap { try? JSONValue.parse($0) }

        // liza's own passthrough curl: unwrap it.
        if method == .POST, path.hasSuffix("/passthrough"), path.contains("/v1/integrations/"),
           let wrapped = parsedBody, let inner = wrapped["method"]?.stringValue.flatMap({ HTTPMethod(rawValue: $0.uppercased()) }),
           let innerPath = wrapped["path"]?.stringValue {
            let data = wrapped["data"].flatMap { $0 == .null ? nil : $0 }
            return .success(Fields(method: inner, path: innerPath, body: data.map { $0.prettyPrinted() } ?? ""))
        }

        var body = ""
        if request.body == nil, method == .GET, let items = components.queryItems, !items.isEmpty {
            // A GET's data is its query.
            body = JSONValue.object(items.map { (key: $0.name, value: .string($0.value ?? "")) }).prettyPrinted()
        } else if let query = components.percentEncodedQuery, !query.isEmpty {
            path += "?" + query
        }
        if let text = request.body {
            if let value = parsedBody, case .object = value { body = value.prettyPrinted() } else { body = text }
        }
        return .success(Fields(method: method, path: path, body: body))
    }
}
