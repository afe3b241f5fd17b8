import Foundation
import TUIKit
import LizaAPI
/// Shortens long ids (UUIDs, provider ids) for table cells; the full id is in the JSON view.
enum ShortID {
    /// The first 8 characters followed by `…` when the id is longer than 10 characters.
    static func of(_ id: String) -> String {
        id.count > 10 ? String(id.prefix(8)) + "…" : id
    }
}
