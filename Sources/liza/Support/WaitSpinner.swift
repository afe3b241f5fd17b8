import Foundation
import TUIKit

/// A one-line spinner on stderr while liza waits (for the browser): redrawn in place with `\r`,
/// erased when stopped. Only used when stderr is a terminal.
final class WaitSpinner: Sendable {
    private let task: Task<Void, Never>

    init(_ label: String) {
        let safe = TerminalText.cell(label)
        task = Task {
            var tick = 0
            while !Task.isCancelled {
                Console.emit("\r\(Spinner.frame(tick)) \(safe)\u{1B}[K", to: STDERR_FILENO)
                tick &+= 1
                try? await Task.sleep(for: .milliseconds(100))
            }
            Console.emit("\r\u{1B}[K", to: STDERR_FILENO)
        }
    }

    /// Stops and erases the line; returns once it is erased.
    func stop() async {
        task.cancel()
        await task.value
    }
}
