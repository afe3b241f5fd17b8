/// At most `width` units of work run at once; a body takes `weight` units (1 by default) and
/// waits, in arrival order, until that many are free.
///
/// Swift Testing starts every case of a parameterized test at once; the hostile matrix has
/// hundreds, each a process, so they queue here.
actor AsyncLimiter {
    nonisolated let width: Int
    private var inUse = 0
    private var waiting: [(weight: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(width: Int) { self.width = max(1, width) }

    func run<T: Sendable>(weight: Int = 1, _ body: @Sendable () async throws -> T) async rethrows -> T {
        let weight = min(max(1, weight), width)
        await acquire(weight)
        defer { release(weight) }
        return try await body()
    }

    private func acquire(_ weight: Int) async {
        if waiting.isEmpty && inUse + weight <= width {
            inUse += weight
            return
        }
        await withCheckedContinuation { waiting.append((weight, $0)) }
    }

    private func release(_ weight: Int) {
        inUse -= weight
        // First come, first served: the head of the queue goes when it fits, and no one jumps it.
        while let next = waiting.first, inUse + next.weight <= width {
            waiting.removeFirst()
            inUse += next.weight
            next.continuation.resume()
        }
    }
}
