import Foundation
import LizaAPI
import OrderedJSON

extension SandboxAPI {
    /// POST /{connectionId}/passthrough {method, path, data}: the provider's raw answer for the
    /// paths `ProviderEmulator` knows, an echo otherwise.
    func passthrough(_ req: ParsedRequest, connectionID: String) async throws(APIError) -> Reply {
        guard let connection = await state.connection(connectionID) else { throw Self.unknownConnection(connectionID) }
        try Self.requireActive(connection)
        let body = try jsonObject(req)
        guard let methodValue = body["method"], !methodValue.isNull else {
            throw .badRequest("method is required: one of \(HTTPMethod.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let methodText = methodValue.stringValue, let method = HTTPMethod(rawValue: methodText) else {
            throw .badRequest("method must be one of \(HTTPMethod.allCases.map(\.rawValue).joined(separator: ", ")) (got \(methodValue.serialized()))")
        }
        guard let pathValue = body["path"], !pathValue.isNull else { throw .badRequest("path is required (the path on the third-party system)") }
        guard let path = pathValue.stringValue else { throw .badRequest("path must be a string") }
        guard Validation.isNonBlank(path) else { throw .badRequest("path must not be empty or blank") }
        let data = body["data"] ?? .null
        guard data.isNull || data.objectValue != nil else { throw .badRequest("data must be a JSON object or null") }

        let emulator = ProviderEmulator(space: space, connection: connection)
        if let answer = emulator.answer(method: method, path: path, data: data) { return answer }
        return .json(JSONBuild.object([("method", JSONBuild.string(method.rawValue)), ("path", JSONBuild.string(path)), ("data", data),
                          ("connection_id", JSONBuild.string(connection.id)), ("integration_type", JSONBuild.string(connection.integration.type))]))
    }
}
