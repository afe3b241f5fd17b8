import Foundation
import LizaAPI
import TUIKit

/// `D` on a connection: every object type of its categories probed once, as a grid of
/// ok / 401 / 403 / 404 / 429 / 5xx / timeout with latency and a one-line hint per failure.
struct DoctorState: Hashable, Sendable {
    var connection: Connection
    var load: LoadState = .idle
    var probes: [ObjectProbe] = []
    var scroll = 0

    init(connection: Connection) { self.connection = connection }

    /// How many probes failed.
    var failures: Int { probes.count { !$0.outcome.passed } }
}
