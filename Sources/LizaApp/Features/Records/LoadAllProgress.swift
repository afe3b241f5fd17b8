import Foundation
import TUIKit
import LizaAPI
/// Progress of `L` (load every page): how many records are in, out of how many when known.
struct LoadAllProgress: Hashable, Sendable {
    var generation: Int
    var loaded: Int
    var total: Int?
    init(generation: Int, loaded: Int, total: Int?) { self.generation = generation; self.loaded = loaded; self.total = total }
}
