/// The result of probing one object type of one connection.
public struct ObjectProbe: Hashable, Sendable {
    public var category: Category
    public var objectType: String
    public var outcome: ProbeOutcome
    /// Wall time of the probe including the client's retries, in milliseconds.
    public var milliseconds: Int

    public init(category: Category, objectType: String, outcome: ProbeOutcome, milliseconds: Int) {
        self.category = category
        self.objectType = objectType
        self.outcome = outcome
        self.milliseconds = milliseconds
    }
}
