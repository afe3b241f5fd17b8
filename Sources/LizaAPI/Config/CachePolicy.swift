/// What happens to a profile's record store (`cache = "…"` in its `[profiles.NAME]` table).
public enum CachePolicy: String, Hashable, Sendable, CaseIterable {
    /// The default: records are kept in a temporary database for the session only (SQLite
    /// unlinks its file at once, so a crash leaves nothing); a persisted one is removed.
    case session
    /// Records stay in `$XDG_CACHE_HOME/liza/records-PROFILE.sqlite` between runs.
    case persist
    /// No store: records are kept in memory only.
    case off

    public static let `default` = CachePolicy.session
}
