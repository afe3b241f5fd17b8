import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The browser in connect tests: URLSession on 127.0.0.1, which follows the authorize page's
/// 303 to liza's loopback listener as a browser does.
enum CLIBrowser {
    struct Page { let status: Int; let body: String }

    static func get(_ url: String) async throws -> Page {
        guard let target = URL(string: url) else { throw URLError(.badURL) }
        let (data, response) = try await URLSession.shared.data(from: target)
        return Page(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self))
    }

    /// Opens the consent page, then POSTs the decision and follows the redirect.
    static func decide(_ url: String, approve: Bool) async throws -> Page {
        let consent = try await get(url)
        guard consent.status == 200, let target = URL(string: url) else { return consent }
        var request = URLRequest(url: target)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data((approve ? "decision=approve" : "decision=deny").utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return Page(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self))
    }

    /// The first `http://127.0.0.1…/authorize/…` URL on a screen or in output.
    static func authorizeURL(in text: String) -> String? {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("http://127.0.0.1"), trimmed.contains("/authorize/") {
                return String(trimmed.prefix { !$0.isWhitespace })
            }
        }
        return nil
    }
}
