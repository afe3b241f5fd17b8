extension LizaError {
    /// A write refused in read-only mode, before anything was sent (exit 2 in the CLI):
    /// `profile 'work' is read-only: not sending DELETE connection conn_1`.
    public static func readOnly(_ reason: String, refusing what: String) -> LizaError {
        LizaError(kind: .configuration, message: "\(reason): not sending \(what)", field: .readOnly)
    }

    /// True for a write refused by read-only mode.
    public var isReadOnlyRefusal: Bool { kind == .configuration && field == .readOnly }
}
