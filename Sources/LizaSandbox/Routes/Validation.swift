import Foundation

/// Input rules the routes enforce that the OpenAPI document also has to state, kept in one place
/// so the two cannot drift apart.
enum Validation {
    /// Characters that do not count as content in a required text field (the passthrough
    /// `path`). Spelled out instead of `\s` because JSON Schema (ECMA-262), Python (the fuzzer)
    /// and Swift disagree on which characters `\s` matches.
    static let blankScalars: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]

    /// `blankScalars` as an (unanchored) JSON Schema pattern: it matches text that has at least
    /// one other character.
    static let nonBlankPattern = "[^ \\t\\n\\r\\f\\v]"

    /// True when `text` has a character outside `blankScalars` — the rule `nonBlankPattern` states.
    static func isNonBlank(_ text: String) -> Bool { text.unicodeScalars.contains { !blankScalars.contains($0) } }

    /// The documented prefix of a `redirect_url` (the scheme is case-insensitive).
    static let redirectURLPattern = "^[Hh][Tt][Tt][Pp][Ss]?://"

    /// An absolute http(s) URL with a host and no whitespace, as `redirect_url` must be.
    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), let c = URLComponents(string: text),
              let scheme = c.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = c.host, !host.isEmpty else { return false }
        return true
    }
}
