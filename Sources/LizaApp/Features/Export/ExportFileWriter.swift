import Foundation
import LizaAPI
import OrderedJSON

/// The shell side of an export (run by `EffectRunner` as the effect's task, never in update):
/// creates the file (never replacing one unless the job says so), writes the records in batches
/// with `RecordTextWriter`, reports progress, and removes the partial file when cancelled (esc)
/// or when a write fails.
enum ExportFileWriter {
    /// Records per batch (one progress report each).
    static let batchSize = 500

    static func run(_ job: ExportJob, report: @Sendable (ExportProgress) -> Void) async {
        let path = expand(job.path)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (job.overwrite ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else {
            let code = errno
            report(code == EEXIST ? .exists : .failed("cannot create \(job.path): \(String(cString: strerror(code)))"))
            return
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var writer = RecordTextWriter(format: job.format, columns: job.columns)
        func abandon(_ message: String?) {
            try? handle.close()
            unlink(path)
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
        report(.finished(path: job.path, count: job.records.count))
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
