/// Showing secrets without revealing them.
public enum Redaction {
    /// `…` and the token's last 4 characters (`…a1b2`), enough to tell tokens apart.
    ///
    /// Short tokens reveal less (a quarter of their length, at most 4), so that a 4-character
    /// token is never shown whole; an empty token is just `…`.
    public static func redactedToken(_ token: String) -> String {
        let shown = min(4, token.count / 4)
        return "…" + token.suffix(shown)
    }
}
