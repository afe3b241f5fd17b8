import Foundation
import Testing
@testable import liza

/// The next TUI start mentions a crash report once (issue 7, item 3).
@Suite struct CrashReportsTests {
    @Test func theNewestReportIsMentionedOnceAndANewerOneAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liza-crash-reports-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reports = CrashReports(directory: folder)
        #expect(reports.takeUnmentioned() == nil, "no report, nothing to say")

        for name in ["crash-20261130T120000Z-10.log", "crash-20261130T123456Z-42.log", "tui.log", ".crash-x.log.tmp"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        #expect(reports.takeUnmentioned() == folder + "/crash-20261130T123456Z-42.log", "the newest")
        #expect(reports.takeUnmentioned() == nil, "only once")
        var info = stat()
        #expect(stat(reports.seenFile, &info) == 0 && info.st_mode & 0o777 == 0o600)

        #expect(FileManager.default.createFile(atPath: folder + "/crash-20261201T000000Z-7.log", contents: Data("x".utf8)))
        #expect(reports.takeUnmentioned() == folder + "/crash-20261201T000000Z-7.log")
        #expect(reports.takeUnmentioned() == nil)
    }
}
