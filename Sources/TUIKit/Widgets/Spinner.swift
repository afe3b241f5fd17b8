/// An activity indicator. It has no timer: the caller passes a tick counter (e.g. bumped by a
/// tick effect only while something is loading, so an idle program never wakes up).
public struct Spinner: Sendable {
    /// Frame sets.
    public enum Frames: Hashable, Sendable {
        /// ⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏
        case braille
        /// | / - \
        case ascii

        public var frames: [String] {
            switch self {
            case .braille: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            case .ascii: ["|", "/", "-", "\\"]
            }
        }
    }

    public var tick: Int
    public var frames: Frames
    /// Text after the frame (e.g. "Loading contacts…").
    public var label: String

    public init(tick: Int, frames: Frames = .braille, label: String = "") {
        self.tick = tick; self.frames = frames; self.label = label
    }

    /// The frame for `tick` (wraps; negative ticks are fine).
    public static func frame(_ tick: Int, frames: Frames = .braille) -> String {
        let all = frames.frames
        let n = all.count
        return all[((tick % n) + n) % n]
    }

    /// Draws "⠹ label" on the first row of `area` (frame in `accent`, label in `muted`).
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.writeSegments([(Self.frame(tick, frames: frames), theme[.accent])] + (label.isEmpty ? [] : [(" " + label, theme[.muted])]),
                             x: area.minX, y: area.minY, width: area.width)
    }
}
