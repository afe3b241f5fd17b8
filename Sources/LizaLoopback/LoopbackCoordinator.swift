import LizaAPI
import Synchronization

/// The listener's shared state: what a completion must match, who may finish it (exactly one
/// request), and the stream its outcome goes to.
final class LoopbackCoordinator: Sendable {
    typealias Finalize = @Sendable (RedirectArrival) async -> RedirectOutcome

    enum Phase {
        /// Started, but the connect response (and so the id to expect) is not known yet.
        case starting
        case waiting(RedirectExpectation, Finalize)
        /// One request is finishing (or finished) the connection; later ones are turned away.
        case claimed
        case expired
    }

    /// What to do with one request to the listener's path.
    enum Admission {
        case notReady
        case gone
        case refused(String)
        case finish(RedirectArrival, Finalize)
    }

    let path: String
    private let phase = Mutex<Phase>(.starting)
    private let outcomes: AsyncStream<RedirectOutcome>
    private let continuation: AsyncStream<RedirectOutcome>.Continuation

    init(path: String) {
        self.path = path
        (outcomes, continuation) = AsyncStream<RedirectOutcome>.makeStream()
    }

    /// Starts expecting a completion; returns the stream its outcome arrives on.
    func arm(_ expected: RedirectExpectation, finalize: @escaping Finalize) -> AsyncStream<RedirectOutcome> {
        phase.withLock { phase in
            if case .starting = phase { phase = .waiting(expected, finalize) }
        }
        return outcomes
    }

    /// Decides about a request with `query`; at most one request ever gets `.finish`.
    func admit(query: String?) -> Admission {
        phase.withLock { phase in
            switch phase {
            case .starting: return .notReady
            case .claimed, .expired: return .gone
            case let .waiting(expected, finalize):
                switch RedirectArrival.read(query: query, expected: expected) {
                case .failure(let refusal): return .refused(refusal.reason)
                case .success(let arrival):
                    phase = .claimed
                    return .finish(arrival, finalize)
                }
            }
        }
    }

    func finished(_ outcome: RedirectOutcome) {
        continuation.yield(outcome)
        continuation.finish()
    }

    func expire() {
        phase.withLock { $0 = .expired }
        continuation.finish()
    }
}
