import Foundation
import Testing
import TUIKit

/// Compares `buffer` with the snapshot file `Snapshots/<name>.txt` of the test target.
///
/// The file holds the text rows (trailing blanks trimmed) and, when `styles` is true, a style
/// dump (`Buffer.styleDump(theme:)`) after a `--- styles ---` line. The Snapshots directory is the
/// nearest one found walking up from the test file (so `Tests/<Target>/Snapshots` serves tests in
/// subfolders). When the file is missing, or `RECORD_SNAPSHOTS=1` is set, the snapshot is written
/// and the test FAILS with "recorded new snapshot", so CI never passes on a snapshot nobody
/// looked at: inspect the file, commit it, run again.
public func assertSnapshot(
    _ buffer: Buffer, named name: String, styles: Bool = true, theme: Theme = .testing,
    fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    let location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    var actual = buffer.textDump
    if styles { actual += "\n--- styles ---\n" + buffer.styleDump(theme: theme) }
    actual += "\n"
    let url = snapshotDirectory(for: filePath).appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if record || existing == nil {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded new snapshot \(url.path) — inspect it, then run again without RECORD_SNAPSHOTS", sourceLocation: location)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: location)
        }
        return
    }
    guard let expected = existing, expected != actual else { return }
    let message = "snapshot \(name) differs (\(url.path)); rerun with RECORD_SNAPSHOTS=1 to accept\n"
        + snapshotDiff(expected: expected, actual: actual)
    Issue.record(Comment(rawValue: message), sourceLocation: location)
}

/// A line diff: `-` expected, `+` actual, with line numbers; unchanged lines are omitted.
public func snapshotDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let l = i < e.count ? String(e[i]) : nil
        let r = i < a.count ? String(a[i]) : nil
        if l == r { continue }
        let n = String(format: "%3d", i + 1)
        if let l { out.append("\(n) - |\(l)|") }
        if let r { out.append("\(n) + |\(r)|") }
    }
    return out.joined(separator: "\n")
}

/// The `Snapshots` directory for a test file: the nearest existing one walking up from the file's
/// folder (stopping at the test target's folder under `Tests/`), else `<file's folder>/Snapshots`.
func snapshotDirectory(for filePath: String) -> URL {
    let start = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    var dir = start
    while dir.pathComponents.count > 1 {
        let candidate = dir.appendingPathComponent("Snapshots")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate }
        if dir.deletingLastPathComponent().lastPathComponent == "Tests" { break }
        dir = dir.deletingLastPathComponent()
    }
    return start.appendingPathComponent("Snapshots")
}
