import Foundation
import TUIKit
import LizaAPI
/// The program's mailbox: anything (input task, effects, the client's observer) may send an
/// action from any thread; the program loop reads them in order on the main actor.
public final class ActionInbox: Sendable {
    /// The actions in the order they were sent (read by the program loop).
    public let stream: AsyncStream<Action>
    private let continuation: AsyncStream<Action>.Continuation

    /// An empty mailbox.
    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Action.self, bufferingPolicy: .unbounded)
    }

    /// Queues an action (thread-safe).
    public func send(_ action: Action) { continuation.yield(action) }

    /// Ends the stream (the loop then stops).
    public func finish() { continuation.finish() }
}
