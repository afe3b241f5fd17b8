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

    static func run(_ job: ExportJob, store: (any RecordStoring)? = nil, report: @escaping @Sendable (ExportProgress) -> Void) async {
        let path = expand(job.path)
        if !job.overwrite && FileManager.default.fileExists(atPath: path) { return report(.exists) }
        let partial = partialPath(for: path)
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            return report(.failed("cannot create \(job.path): \(String(cString: strerror(errno)))"))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        func abandon(_ message: String?) {
            try? handle.close()
            unlink(partial)
            if let message { report(.failed(message)) }
        }
        let written: Int
        if let stored = job.stored {
            guard let store else { return abandon("the record store is not open") }
            switch await streamStored(stored, job: job, store: store, to: handle, report: report) {
            case .success(let count?): written = count
            case .success(nil): return abandon(nil)
            case .failure(let failure): return abandon(failure.message)
            }
        } else {
            var writer = RecordTextWriter(format: job.format, columns: job.columns)
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
            written = job.records.count
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
                    return report(.finished(path: job.path, count: written))
                }
                return abandon("cannot write \(job.path): \(String(cString: strerror(code)))")
            }
            unlink(partial)
        }
        report(.finished(path: job.path, count: written))
    }

    /// What a stored export carries through the store's batches.
    private struct StoredSink: Sendable {
        var writer: RecordTextWriter
        var error: String?
        var cancelled = false
    }

    /// Streams the stored rows into `handle` batch by batch (the store reads them in one pass)
    /// and closes it: the count written, nil when cancelled (esc), or why it failed.
    private static func streamStored(_ stored: ExportStoredRows, job: ExportJob, store: any RecordStoring, to handle: FileHandle,
                                     report: @escaping @Sendable (ExportProgress) -> Void) async -> Result<Int?, AppFailure> {
        let name = job.path
        let start = StoredSink(writer: RecordTextWriter(format: job.format, columns: job.columns))
        let result = await store.reduceRows(stored.collection, sort: stored.sort, filter: stored.filter, into: start) { sink, batch in
            do {
                try handle.write(contentsOf: Data(sink.writer.write(batch).utf8))
            } catch {
                sink.error = "writing \(name) failed: \(error.localizedDescription)"
                return false
            }
            report(.wrote(sink.writer.written))
            // The store reads in the export's task: esc cancels it, and the read stops here.
            if Task.isCancelled { sink.cancelled = true; return false }
            return true
        }
        switch result {
        case .failure(let failure):
            return .failure(AppFailure("reading the record store: \(failure.message)"))
        case .success(var sink):
            if let error = sink.error { return .failure(AppFailure(error)) }
            if sink.cancelled || Task.isCancelled { return .success(nil) }
            do {
                // The header of an empty CSV, the closing `]` of JSON.
                try handle.write(contentsOf: Data((sink.writer.write([]) + sink.writer.finish()).utf8))
                try handle.close()
            } catch {
                return .failure(AppFailure("writing \(name) failed: \(error.localizedDescription)"))
            }
            return .success(sink.writer.written)
        }
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
