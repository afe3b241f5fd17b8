import Foundation
import LizaAPI
import OrderedJSON

/// The shell side of an export (run by `EffectRunner` as the effect's task, never in update):
/// writes the records in batches with `RecordTextWriter` into a private partial file beside the
/// target, reporting progress, then puts it in place — never over an existing file unless the
/// job says so (the dialog asked). Cancelled (esc) or failed, only the partial file is removed:
/// a file being replaced stays as it was.
enum ExportFileWriter {
    /// Records per batch (one progress report each).
    static let batchSize = 500

    static func run(_ job: ExportJob, report: @Sendable (ExportProgress) -> Void) async {
        let path = expand(job.path)
        if !job.overwrite && FileManager.default.fileExists(atPath: path) { return report(.exists) }
        let partial = partialPath(for: path)
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            return report(.failed("cannot create \(job.path): \(String(cString: strerror(errno)))"))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var writer = RecordTextWriter(format: job.format, columns: job.columns)
        func abandon(_ message: String?) {
            try? handle.close()
            unlink(partial)
            if let message { report(.failed(message)) }
        }
        do {
            var start = 0
            repeat {
                let end = min(job.records.count, start + batchSize)
                let text = writer.write(Array(job.records[start..<end])) + (end == job.records.count ? writer.finish() : "")
                try handle.write(contentsOf: Data(text.utf8))
                start = end
                report(.wrote(start))
                await Task.yield()
                if Task.isCancelled { return abandon(nil) }
            } while start < job.records.count
            try handle.close()
        } catch {
            return abandon("writing \(job.path) failed: \(error.localizedDescription)")
        }
        // In place: rename replaces (asked first); link refuses an existing file (one that
        // appeared meanwhile is reported, not replaced).
        if job.overwrite {
            guard rename(partial, path) == 0 else { return abandon("cannot write \(job.path): \(String(cString: strerror(errno)))") }
        } else {
            guard link(partial, path) == 0 else {
                let code = errno
                if code == EEXIST { abandon(nil); return report(.exists) }
                // A file system without hard links (vfat, some network mounts): check, then rename.
                if code == EPERM || code == EOPNOTSUPP {
                    if FileManager.default.fileExists(atPath: path) { abandon(nil); return report(.exists) }
                    guard rename(partial, path) == 0 else { return abandon("cannot write \(job.path): \(String(cString: strerror(errno)))") }
                    return report(.finished(path: job.path, count: job.records.count))
                }
                return abandon("cannot write \(job.path): \(String(cString: strerror(code)))")
            }
            unlink(partial)
        }
        report(.finished(path: job.path, count: job.records.count))
    }

    /// `.NAME.liza-partial-PID` in the target's folder (same file system, so the final step is a
    /// rename or a link).
    static func partialPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "." + name + ".liza-partial-\(getpid())"
    }

    /// `~/…` is the home folder.
    static func expand(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// The directory entries that complete `path` (folders end in `/`), sorted; hidden entries
    /// only when the typed name starts with a dot. At most `limit`.
    static func completions(of path: String, limit: Int = 50) -> [String] {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let stem = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let listed = expand(folder.isEmpty ? "." : folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        var out: [String] = []
        for name in names.sorted() where name.hasPrefix(stem) && (stem.hasPrefix(".") || !name.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            out.append(folder + name + (isFolder.boolValue ? "/" : ""))
            if out.count >= limit { break }
        }
        return out
    }
}
