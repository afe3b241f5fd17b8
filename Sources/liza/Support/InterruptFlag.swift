import Synchronization

/// Set once by the SIGINT handler, read by the command afterwards.
final class InterruptFlag: Sendable {
    private let state = Mutex(false)
    func set() { state.withLock { $0 = true } }
    var isSet: Bool { state.withLock { $0 } }
}
