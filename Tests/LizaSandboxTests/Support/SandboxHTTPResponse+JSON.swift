@testable import LizaSandbox
import LizaTesting
import OrderedJSON

extension SandboxHTTPResponse {
    /// The body parsed as JSON (a parse failure fails the calling test with its message).
    var json: JSONValue {
        get throws { try JSONValue.parse(bytes: body) }
    }

    /// The items of a list answer, whatever the envelope.
    var items: [JSONValue] {
        get throws {
            let value = try json
            if let a = value.arrayValue { return a }
            if let a = value["data"]?.arrayValue ?? value["items"]?.arrayValue { return a }
            throw TestFailure("not a list: \(text.prefix(200))")
        }
    }

    /// `message` of an error body.
    var message: String {
        if let value = try? json, let m = value["message"]?.stringValue { return m }
        return text
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Runs `body` with a fresh test sandbox and always stops it afterwards.
func withSandbox<T>(_ configure: (inout SandboxOptions) -> Void = { _ in }, _ body: (TestSandbox) async throws -> T) async throws -> T {
    let sandbox = try await TestSandbox.start(configure)
    do {
        let result = try await body(sandbox)
        await sandbox.stop()
        return result
    } catch {
        await sandbox.stop()
        throw error
    }
}

/// JSON text for a request body.
func body(_ pairs: [(String, JSONValue)]) -> String { JSONValue.object(pairs.map { (key: $0.0, value: $0.1) }).serialized() }
