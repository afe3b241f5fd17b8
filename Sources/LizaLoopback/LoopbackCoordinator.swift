import LizaAPI
import Synchronization

/// The listener's shared state: what a completion must match, who may finish it (exactly one
/// request), and the stream its outcome goes to.
final class LoopbackCoordinator: Sendable {
    typealias Finalize = @Sendable (RedirectArrival) async -> RedirectOutcome
    typealias Refused = @Sendable (RedirectArrival.Refusal) -> Void

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
    /// Told about each refused return (set when armed).
    private let refusals = Mutex<Refused?>(nil)
    private let outcomes: AsyncStream<RedirectOutcome>
    private let continuation: AsyncStream<RedirectOutcome>.Continuation

    init(path: String) {
        self.path = path
        (outcomes, continuation) = AsyncStream<RedirectOutcome>.makeStream()
    }

    /// Starts expecting a completion; returns the stream its outcome arrives on.
    func arm(_ expected: RedirectExpectation, refused: @escaping Refused, finalize: @escaping Finalize) -> AsyncStream<RedirectOutcome> {
        refusals.withLock { $0 = refused }
        phase.withLock { phase in
            if case .starting = phase { phase = .waiting(expected, finalize) }
        }
        return outcomes
    }

    /// Decides about a request with `query`; at most one request ever gets `.finish`.
    func admit(query: String?) -> Admission {
        let admission = phase.withLock { phase -> Admission in
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
        if case .refused(let reason) = admission, let refused = refusals.withLock({ $0 }) {
            refused(RedirectArrival.Refusal(reason))
        }
        return admission
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
