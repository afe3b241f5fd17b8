import Foundation
import TUIKit
import LizaAPI
/// Why the passthrough body is not a JSON object, with the position of the problem.
struct BodyError: Error, Hashable, Sendable {
    var line: Int
    var column: Int
    var message: String
    init(line: Int, column: Int, message: String) { self.line = line; self.column = column; self.message = message }

    var description: String { line > 0 ? "line \(line), column \(column): \(message)" : message }
}
