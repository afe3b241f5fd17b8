/// What `liza` (no subcommand) passes to the TUI.
struct TUIOptions: Sendable {
    /// `--demo`: run against an in-process sandbox instead of the API.
    var demo: Bool
    /// `--theme NAME`.
    var theme: String?
    /// `--profile NAME`.
    var profile: String?
    /// `--base-url URL`.
    var baseURL: String?
    /// `--timeout SECONDS`.
    var timeout: Int?
    /// `--verbose`: the request log, to `tui.log` (the TUI's stderr).
    var verbose = false
    /// `--offline`: browse the persisted record store (`cache = "persist"`), no network.
    var offline = false
    /// `--read-only`: refuse every write.
    var readOnly = false
}
