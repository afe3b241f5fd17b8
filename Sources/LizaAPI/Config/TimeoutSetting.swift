/// The time limit of one API call: `--timeout`, `LIZA_TIMEOUT`, `timeout = N` in a profile.
///
/// The limit covers the whole call — connecting, the response head and the whole body, and any
/// retries and waits — so a server that stalls or drips bytes cannot hold liza longer than the
/// user allowed. Inside it, a response that stays silent for `idleSeconds` is abandoned early
/// (a GET is then retried while time is left).
public enum TimeoutSetting {
    /// Seconds for one call when nothing is configured.
    public static let defaultSeconds = 30
    /// Seconds without a byte of the response before an attempt is abandoned (capped by the call's limit).
    public static let idleSeconds = 15
    /// The accepted values, in whole seconds.
    public static let range = 1...3600

    /// `value` if it is in `range`, else a configuration error (exit 2) naming `source`.
    public static func check(_ value: Int, source: String) throws(LizaError) -> Int {
        guard range.contains(value) else {
            throw problem(source, got: String(value))
        }
        return value
    }

    /// Whole seconds from text (`LIZA_TIMEOUT=45`), range-checked.
    public static func parse(_ text: String, source: String) throws(LizaError) -> Int {
        let trimmed = text.trimmingSpacesAndNewlines()
        // Digits only and at most 9 of them, so `Int(_:)` can neither fail on overflow nor trap.
        guard !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy(\.isASCIIDigit), let value = Int(trimmed) else {
            throw problem(source, got: Validation.quoted(text))
        }
        return try check(value, source: source)
    }

    private static func problem(_ source: String, got: String) -> LizaError {
        LizaError(kind: .configuration,
                  message: "\(source) must be a whole number of seconds from \(range.lowerBound) to \(range.upperBound) (got \(got))",
                  field: .timeout)
    }
}
