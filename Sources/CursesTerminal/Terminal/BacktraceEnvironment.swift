import Foundation

/// Makes Swift's crash reporter quiet while a program owns the terminal.
///
/// On a crash the Swift runtime runs `swift-backtrace`, which by default prints to stdout and,
/// on a terminal, offers "Press space to interact" for 30 s. `SWIFT_BACKTRACE` changes that, but
/// the runtime reads it only when the process starts (checked with Swift 6.3: a `setenv` later has
/// no effect), so a program that will take over the terminal re-executes itself once with
/// `interactive=no`, `color=no` and `output-to=stderr` (`reexecIfNeeded`, first thing). The
/// crash handler (`CrashGuard`) points stderr at the crash report before the backtracer runs, so
/// the backtrace lands in the report, never on the screen. Without those settings the handler
/// does not call the backtracer at all (it could wait 30 s for a key).
public enum BacktraceEnvironment {
    /// The settings the TUI needs, appended after the user's own (the runtime applies keys in
    /// order, so these win; `enable=no` from the user still turns the backtracer off).
    public static let required: [(key: String, value: String)] = [("interactive", "no"), ("color", "no"), ("output-to", "stderr")]

    /// The `SWIFT_BACKTRACE` value to re-execute with, or nil when `current` already has the
    /// required settings.
    public static func adjusted(_ current: String?) -> String? {
        let text = current ?? ""
        var settings: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            settings[parts[0].trimmingCharacters(in: .whitespaces).lowercased()] = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
        }
        if required.allSatisfy({ settings[$0.key] == $0.value }) { return nil }
        let ours = required.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? "enable=yes," + ours : text + "," + ours
    }

    /// True when this process started with settings that let the backtracer run on a crash
    /// without touching the terminal.
    public static func isQuiet(_ environment: [String: String]) -> Bool { adjusted(environment["SWIFT_BACKTRACE"]) == nil }

    /// Re-executes this program with the adjusted `SWIFT_BACKTRACE` when it needs one; returns
    /// only when it does not (already set, not Linux, or the exec failed — then the program runs
    /// with the runtime's defaults, and the crash handler keeps reports off the screen without
    /// the backtrace). Call it before the program starts anything it would lose.
    public static func reexecIfNeeded(environment: [String: String]) {
        #if os(Linux)
        guard let value = adjusted(environment["SWIFT_BACKTRACE"]) else { return }
        var env = environment
        env["SWIFT_BACKTRACE"] = value
        let arguments = CommandLine.arguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        // Same process id, same terminal, same arguments: only the environment differs.
        _ = execve("/proc/self/exe", &argv, &envp)
        #endif
    }
}
