/// The direction a rectangle is split in.
public enum Axis: Hashable, Sendable {
    /// Side by side: the parts are columns, left to right.
    case horizontal
    /// Stacked: the parts are rows, top to bottom.
    case vertical
}
