import Foundation

/// Read-only mode: whether writes are refused, and the reason the refusal names.
///
/// Any one source turns it on — `--read-only`, `LIZA_READ_ONLY=1`, `read_only = true` in the
/// profile — and none turns it off again: a safety rail that an exported variable could lift
/// would not be one (`LIZA_READ_ONLY=0` only means "not from the environment").
public enum ReadOnlyMode {
    /// The reason writes are refused, naming where read-only came from, or nil when they are not.
    public static func reason(flag: Bool, environment: [String: String], profile: String,
                              profileConfig: ProfileConfig?) -> String? {
        if flag { return "read-only (--read-only)" }
        if let value = environment["LIZA_READ_ONLY"]?.trimmingCharacters(in: .whitespaces), isOn(value) {
            return "read-only (LIZA_READ_ONLY=\(value))"
        }
        if profileConfig?.readOnly == true { return "profile '\(profile)' is read-only" }
        return nil
    }

    /// True for `1`, `true`, `yes`, `on` (any case; trimmed by the caller); anything else is off.
    static func isOn(_ value: String) -> Bool {
        ["1", "true", "yes", "on"].contains(value.lowercased())
    }
}
