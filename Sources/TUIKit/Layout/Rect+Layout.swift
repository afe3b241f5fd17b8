/// Layout shortcuts on `Rect`.
extension Rect {
    /// This rectangle split into parts (see `Layout.split`).
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout.split(self, axis, constraints, spacing: spacing)
    }
}
