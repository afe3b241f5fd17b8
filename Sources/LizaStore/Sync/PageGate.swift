/// Back-pressure between a sync's page requests and the store's writes: a request for page
/// `i` waits until at most `ahead` pages are fetched but not yet written, so pages do not pile
/// up in memory when the store writes slower than the server answers.
///
/// A waiting request is released by the writes it waits for, or by its task's cancellation
/// (the paging engine cancels the requests it no longer needs, and must not hang on them).
actor PageGate {
    private var written = 0
    private var nextID: UInt64 = 0
    private var waiters: [(id: UInt64, need: Int, continuation: CheckedContinuation<Void, Never>)] = []
    /// Ids whose cancellation arrived before they started waiting.
    private var cancelledEarly: Set<UInt64> = []

    /// One more page written.
    func didWrite() {
        written += 1
        let ready = waiters.filter { $0.need <= written }
        waiters.removeAll { $0.need <= written }
        for waiter in ready { waiter.continuation.resume() }
    }

    /// Returns once `need` pages are written, or the calling task is cancelled.
    func wait(until need: Int) async {
        guard need > written, !Task.isCancelled else { return }
        let id = nextID
        nextID += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if cancelledEarly.remove(id) != nil {
                    continuation.resume()
                } else {
                    waiters.append((id: id, need: need, continuation: continuation))
                }
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    private func cancel(_ id: UInt64) {
        if let index = waiters.firstIndex(where: { $0.id == id }) {
            waiters.remove(at: index).continuation.resume()
        } else {
            // Not waiting yet (the handler's task ran first) or any more: remember it for a wait
            // still to come; an id that already passed is never asked for again (one entry).
            cancelledEarly.insert(id)
        }
    }
}
