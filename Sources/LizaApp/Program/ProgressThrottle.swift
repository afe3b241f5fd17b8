import Synchronization

/// Lets through the first progress report and then at most one per `interval`.
///
/// A record sync reports after every page (1,000 reports for 100,000 records) and each report
/// changed the footer, so the whole frame was rendered and painted again: 28 % of the TUI's CPU
/// during `L` (a `perf` profile), competing with the sync for the machine's cores. Ten frames a
/// second still show the count moving.
public final class ProgressThrottle: Sendable {
    public let interval: Duration
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    public init(interval: Duration = .milliseconds(100)) {
        self.interval = interval
    }

    /// Whether a report now should go through (and counts it as the last one when it does).
    public func due(now: ContinuousClock.Instant = .now) -> Bool {
        last.withLock { last in
            if let previous = last, now - previous < interval { return false }
            last = now
            return true
        }
    }
}
