import Foundation

extension PassthroughHistoryStore {
    /// The history file of `profile` in `stateDirectory`: `passthrough-history-<profile>.json`,
    /// the profile reduced to letters, digits, `-` and `_` so it cannot name another path.
    public static func fileName(profile: String) -> String {
        "passthrough-history-\(profile.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }).json"
    }

    /// The store of `profile`'s history in `stateDirectory`.
    public init(profile: String, stateDirectory: String) {
        self.init(path: (stateDirectory as NSString).appendingPathComponent(Self.fileName(profile: profile)))
    }
}
