import AsyncHTTPClient
import LizaAPI
import NIOCore
import Synchronization

/// Enforces an exchange's two time limits around AsyncHTTPClient: the whole exchange
/// (connect, head and body) within `total`, and never more than `idle` without a byte.
///
/// AsyncHTTPClient's own deadline stops counting once the response head has arrived, so a
/// server that sends its headers and then stalls (or drips a byte a second) would hold the
/// caller forever. Here the work races a timer in a task group: whichever finishes first wins
/// and the other is cancelled. Cancelling the work cancels AsyncHTTPClient's request, which
/// closes the connection. The work reports progress (`progressed()`) on every body part, which
/// pushes the idle limit out.
final class ExchangeWatchdog: Sendable {
    /// Which limit ran out.
    enum Expiry: Error, Sendable {
        case total
        case idle
    }

    let deadline: ContinuousClock.Instant
    let idle: Duration?
    private let lastProgress: Mutex<ContinuousClock.Instant>

    /// Limits in seconds from now; non-finite or absurd values are clamped to a day.
    init(total: Double, idle: Double?) {
        let now = ContinuousClock.now
        deadline = now + .seconds(Self.clamp(total))
        self.idle = idle.map { .seconds(Self.clamp($0)) }
        lastProgress = Mutex(now)
    }

    /// A byte (or a part of the body) arrived.
    func progressed() {
        lastProgress.withLock { $0 = .now }
    }

    /// Runs `work` until it finishes, or throws `Expiry` once a limit passes (the work is then
    /// cancelled and awaited, which AsyncHTTPClient honours promptly). Cancelling the caller
    /// cancels both.
    func run<T: Sendable>(_ work: @escaping @Sendable (ExchangeWatchdog) async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Outcome<T>.self) { group in
            group.addTask { .finished(try await work(self)) }
            group.addTask { .expired(try await self.expiry()) }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            switch first {
            case .finished(let value): return value
            case .expired(let expiry): throw expiry
            }
        }
    }

    private enum Outcome<T: Sendable>: Sendable {
        case finished(T)
        case expired(Expiry)
    }

    /// Sleeps until a limit passes and says which (the total one when both do).
    private func expiry() async throws -> Expiry {
        while true {
            let idleEnd = idle.map { lastProgress.withLock { $0 } + $0 }
            let wake = idleEnd.map { Swift.min($0, deadline) } ?? deadline
            try await Task.sleep(until: wake, clock: .continuous)
            let now = ContinuousClock.now
            if now >= deadline { return .total }
            if let idle, now >= lastProgress.withLock({ $0 }) + idle { return .idle }
        }
    }

    private static func clamp(_ seconds: Double) -> Double {
        guard seconds.isFinite else { return 86_400 }
        return Swift.min(86_400, Swift.max(0.001, seconds))
    }

    /// Reads a response body up to `maxBytes`, reporting progress on every part. A body cut
    /// short by cancellation throws `CancellationError` instead of passing for a complete one.
    func collect(_ body: HTTPClientResponse.Body, maxBytes: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await part in body {
            progressed()
            let (total, overflow) = bytes.count.addingReportingOverflow(part.readableBytes)
            guard !overflow, total <= maxBytes else { throw NIOTooManyBytesError(maxBytes: maxBytes) }
            bytes.append(contentsOf: part.readableBytesView)
        }
        try Task.checkCancellation()
        return bytes
    }
}
