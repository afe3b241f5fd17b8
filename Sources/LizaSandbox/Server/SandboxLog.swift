import Foundation
import Logging
import Synchronization

/// Where the sandbox's log lines go: a file, or nowhere.
///
/// The TUI owns the terminal while an in-process sandbox runs, so nothing — not Hummingbird,
/// not swift-log's default handler — may write to stdout or stderr. Every logger the sandbox
/// creates uses `SandboxLogHandler`, which writes here.
final class SandboxLog: Sendable {
    private let handle: Mutex<FileHandle?>

    /// Opens (appending; created when missing) `path`, or logs nowhere when nil. A file that
    /// cannot be opened is an error: silently losing the log the user asked for is worse.
    init(path: String?) throws {
        guard let path else { handle = Mutex(nil); return }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw SandboxError.logFile(path) }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw SandboxError.logFile(path) }
        h.seekToEndOfFile()
        handle = Mutex(h)
    }

    var isEnabled: Bool { handle.withLock { $0 != nil } }

    func write(_ line: String) {
        handle.withLock { h in
            guard let h else { return }
            h.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
        }
    }

    func close() {
        handle.withLock { h in
            try? h?.close()
            h = nil
        }
    }

    /// A swift-log `Logger` writing here (or discarding everything).
    func logger(label: String) -> Logger {
        Logger(label: label) { label in SandboxLogHandler(label: label, log: self) }
    }
}

/// A swift-log handler that writes one line per message to a `SandboxLog`.
struct SandboxLogHandler: LogHandler {
    let label: String
    let log: SandboxLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level

    init(label: String, log: SandboxLog) {
        self.label = label
        self.log = log
        logLevel = log.isEnabled ? .info : .critical
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        guard log.isEnabled else { return }
        let meta = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = meta.isEmpty ? "" : " " + meta.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        log.write("\(Date().ISO8601Format()) \(event.level) \(label): \(event.message)\(extra)")
    }
}
