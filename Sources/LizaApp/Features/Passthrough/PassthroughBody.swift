import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// Live validation of the passthrough body: empty, or a JSON object (the API's `data`).
enum PassthroughBody {
    /// The body as `data`: nil for an empty body; an error with line and column otherwise.
    static func parse(_ text: String) -> Result<JSONValue?, BodyError> {
        if text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { return .success(nil) }
        do {
            let value = try JSONValue.parse(text)
            guard case .object = value else {
                return .failure(BodyError(line: 0, column: 0, message: "the body must be a JSON object ({ … }), or empty"))
            }
            return .success(value)
        } catch {
            return .failure(BodyError(line: error.line, column: error.column, message: error.message))
        }
    }
}
