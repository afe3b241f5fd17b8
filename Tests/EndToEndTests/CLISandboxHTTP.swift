import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Raw HTTP to the sandbox from the test process: approving an authorization URL as a
/// browser would, and the test-only `/_sandbox/` controls.
enum CLISandboxHTTP {
    /// POSTs `decision=approve` (or `deny`) to the authorize URL printed by `liza connect`.
    static func decide(_ url: String, approve: Bool) async throws -> Int {
        guard let target = URL(string: url) else { throw URLError(.badURL) }
        var request = URLRequest(url: target)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data((approve ? "decision=approve" : "decision=deny").utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// POSTs a JSON body to `rootURL + path` with the sandbox token.
    static func post(_ rootURL: String, _ path: String, token: String, json: String) async throws -> Int {
        guard let target = URL(string: rootURL + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: target)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(json.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}

extension CLISandboxHTTP {
    /// `GET /_sandbox/stats`: the API requests the sandbox received, as (method, path).
    static func receivedRequests(_ rootURL: String, token: String) async throws -> [(method: String, path: String)] {
        guard let target = URL(string: rootURL + "/_sandbox/stats") else { throw URLError(.badURL) }
        var request = URLRequest(url: target)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let requests = object?["requests"] as? [[String: Any]] ?? []
        return requests.map { (method: $0["method"] as? String ?? "?", path: $0["path"] as? String ?? "?") }
    }
}
