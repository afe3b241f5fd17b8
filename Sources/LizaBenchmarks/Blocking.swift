import Foundation
import Synchronization

/// Runs async work to completion from the synchronous benchmark loop. Benchmarks only: the
/// calling thread blocks while the work runs on the cooperative pool.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

/// A thread-safe slot for one result.
final class ResultBox<T: Sendable>: Sendable {
    private let slot = Mutex<Result<T, any Error>?>(nil)
    func set(_ r: Result<T, any Error>) { slot.withLock { $0 = r } }
    func get() throws -> T {
        guard let r = slot.withLock({ $0 }) else { throw CancellationError() }
        return try r.get()
    }
}
