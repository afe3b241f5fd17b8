/// How much room one part of a split asks for, along the split's axis.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less only when there is not enough room).
    case length(Int)
    /// At least `n` cells; grows to take leftover room when there is no `.fill`.
    case min(Int)
    /// `p` percent (0–100) of the room left after spacing, rounded down.
    case percent(Int)
    /// A share of the leftover room, proportional to `weight`, after every other constraint.
    case fill(Int)
}
