import Foundation
import TUIKit
import LizaAPI

/// Where an asynchronous load stands. `generation` ties a response to the request that asked for it;
/// a response with another generation is late and is dropped.
enum LoadState: Hashable, Sendable {
    case idle
    case loading(generation: Int)
    case loaded
    case failed(LizaError)

    var isLoading: Bool { if case .loading = self { return true } else { return false } }

    /// True when a response of `generation` is the one we are waiting for.
    func accepts(_ generation: Int) -> Bool {
        if case .loading(let g) = self { return g == generation }
        return false
    }
}
