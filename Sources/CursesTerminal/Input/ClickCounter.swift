import Glibc
import TUIKit

/// Counts clicks: a press of the same button at the same cell within `interval` of the previous
/// one is a double click (`clickCount` 2). The decoder is pure; this is the part that needs a
/// clock, so it runs on the terminal thread as events are delivered.
struct ClickCounter {
    /// How soon the second press must come (the usual desktop default).
    var interval: Double = 0.4
    private var last: (kind: MouseEvent.Kind, position: Point, time: Double, count: Int)?

    init(interval: Double = 0.4) { self.interval = interval }

    /// `event`, with `clickCount` set when it is a press.
    mutating func count(_ event: InputEvent, now: Double = ClickCounter.monotonicSeconds()) -> InputEvent {
        guard case .mouse(var mouse) = event, case .press = mouse.kind else { return event }
        if let last, last.kind == mouse.kind, last.position == mouse.position, now - last.time <= interval, last.count == 1 {
            mouse.clickCount = 2
        }
        last = (mouse.kind, mouse.position, now, mouse.clickCount)
        return .mouse(mouse)
    }

    /// Seconds on the monotonic clock.
    static func monotonicSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
    }
}
