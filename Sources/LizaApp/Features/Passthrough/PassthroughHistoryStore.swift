import Foundation
import LizaAPI
import OrderedJSON

/// Keeps the passthrough history across runs in a JSON file in the state directory (mode 0600).
/// Entries hold the connection id, method, path, body and status — never the token. Bodies over
/// `maxBodyBytes` are not kept; at most `AppState.historyLimit` entries.
public struct PassthroughHistoryStore: Sendable {
    /// The history file.
    public let path: String
    /// Larger bodies are not written to disk.
    public static let maxBodyBytes = 64 * 1024

    /// A store at `path` (nothing is read or written until `load`/`save`).
    public init(path: String) { self.path = path }

    /// The stored entries (empty when the file is missing or unreadable: history is a convenience).
    public func load() -> [PassthroughHistoryEntry] {
        guard let data = FileManager.default.contents(atPath: path),
              let value = try? JSONValue.parse(bytes: Array(data)), let items = value["entries"]?.arrayValue else { return [] }
        return items.compactMap { item in
            guard let id = item["connection_id"]?.stringValue, let m = item["method"]?.stringValue, let method = HTTPMethod(rawValue: m),
                  let p = item["path"]?.stringValue else { return nil }
            return PassthroughHistoryEntry(connectionID: id, method: method, path: p, body: item["body"]?.stringValue ?? "",
                                           status: item["status"]?.intValue, response: item["response"]?.stringValue)
        }.suffix(AppState.historyLimit).map { $0 }
    }

    /// Writes `entries` through `PrivateFile` (0600 from the first byte, atomic, creating the folder 0700).
    public func save(_ entries: [PassthroughHistoryEntry]) throws {
        let kept = entries.filter { $0.body.utf8.count <= Self.maxBodyBytes }.suffix(AppState.historyLimit)
        let value: JSONValue = .object([
            ("version", .int(1)),
            ("entries", .array(kept.map { e in
                .object([("connection_id", .string(e.connectionID)), ("method", .string(e.method.rawValue)), ("path", .string(e.path)),
                         ("body", .string(e.body)), ("status", e.status.map { .int($0) } ?? .null),
                         ("response", e.response.flatMap { $0.utf8.count <= Self.maxBodyBytes ? .string($0) : nil } ?? .null)])
            })),
        ])
        do {
            // Private from the first byte, atomic, and safe against a second liza saving at once.
            try PrivateFile.write(value.serialized(), to: path)
        } catch {
            throw AppFailure(error.description)
        }
    }
}
