import Foundation
import Testing
import TUIKitTesting

/// The tmux driver's waits return a settled screen: what the end-to-end tests rely on to never
/// assert on half of a frame.
@Suite struct TmuxSessionTests {
    /// A frame painted in two writes: its first row, then (after a pause shorter than the settle
    /// interval) its last. A wait for the first row returns the whole frame, not the half that
    /// matched first.
    @Test func waitForReturnsTheWholeFrameNotTheFirstCaptureThatMatches() async throws {
        let tmux = try TmuxSession(script: "printf 'top\\n'; sleep 0.2; printf 'bottom\\n'; exec sleep 600",
                                   width: 40, height: 10, settleInterval: .seconds(2))
        defer { tmux.kill() }
        let screen = try await tmux.waitFor("top", timeout: .seconds(60))
        #expect(screen.contains("bottom"), "returned before the frame was complete:\n\(screen)")
    }

    /// A screen that changes faster than the settle interval never satisfies a wait: it times out
    /// and says why. With `settle: .zero` the first matching capture is returned at once.
    @Test func aScreenThatKeepsChangingDoesNotSettle() async throws {
        let tmux = try TmuxSession(script: "i=0; while :; do i=$((i+1)); printf '\\rtick %d ' $i; sleep 0.05; done",
                                   width: 40, height: 10)
        defer { tmux.kill() }
        let first = try await tmux.waitFor("tick", timeout: .seconds(60), settle: .zero)
        #expect(first.contains("tick"))
        do {
            let screen = try await tmux.waitFor("tick", timeout: .seconds(3), settle: .seconds(1))
            Issue.record("a screen changing every 50 ms was taken as settled:\n\(screen)")
        } catch let error as TmuxError {
            #expect(error.description.contains("kept changing"), "\(error)")
        }
    }

    /// A settled capture is the screen once it stops changing; it then equals a later capture.
    @Test func settledCaptureWaitsForTheScreenToStopChanging() async throws {
        let tmux = try TmuxSession(script: "for i in 1 2 3 4 5; do printf 'row %d\\n' $i; sleep 0.02; done; exec sleep 600",
                                   width: 40, height: 10, settleInterval: .seconds(1))
        defer { tmux.kill() }
        let screen = try await tmux.waitUntil("the last row", timeout: .seconds(60)) { $0.contains("row 1") }
        #expect(screen.contains("row 5"), "returned before the rows stopped coming:\n\(screen)")
        #expect(try await tmux.settledCapture() == screen)
    }
}
