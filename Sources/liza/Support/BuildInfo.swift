import LizaAPI

/// What `liza --version` prints: the version and the git commit it was built from.
///
/// `commit` stays nil in the repository, so a plain `swift build` works and says "unknown
/// commit"; `make` (scripts/build-release.sh) writes the commit into the line marked below for
/// its release build and puts the file back afterwards.
enum BuildInfo {
    static let version = LizaClient.version
    static let commit: String? = nil // BUILD-COMMIT (set by scripts/build-release.sh)

    /// `liza 0.1.0 (commit 1a2b3c4d5e6f)` or `liza 0.1.0 (unknown commit)`.
    static var versionLine: String {
        "liza \(version) (\(commit.map { "commit \($0)" } ?? "unknown commit"))"
    }
}
