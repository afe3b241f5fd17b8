import Foundation
import LizaAPI

/// The crash reports (`crash-*.log`) in the state folder, and which one the user was last told
/// about (`crash-seen`, holding that report's name), so the next start mentions a crash once.
struct CrashReports {
    /// The state folder.
    let directory: String

    /// The file remembering the newest report already mentioned.
    var seenFile: String { (directory as NSString).appendingPathComponent("crash-seen") }

    /// The newest report not mentioned yet, if any (its full path); it and every older one are
    /// then marked as mentioned. Names sort by time (`crash-20261130T123456Z-<pid>.log`).
    func takeUnmentioned() -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard let newest = files.filter({ $0.hasPrefix("crash-") && $0.hasSuffix(".log") }).max() else { return nil }
        let seen = (try? String(contentsOfFile: seenFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard newest > seen else { return nil }
        // If the mark cannot be written the crash is mentioned again next time: better than never.
        try? PrivateFile.write(newest + "\n", to: seenFile)
        return (directory as NSString).appendingPathComponent(newest)
    }
}
