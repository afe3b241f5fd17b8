import Foundation
@testable import LizaAPI
import Testing

/// Issue 7, item 7: one private-file writer (mkstemp in the target folder, 0600 before the first
/// byte, fsync, rename) for credentials and history alike; state and cache folders 0700.
@Suite struct PrivateFileTests {
    @Test func theTemporaryFileIs0600AndEmptyBeforeTheFirstByteAndTheResultToo() throws {
        let home = try TemporaryHome()
        let path = home.root + "/state/liza/history.json"
        // A umask that would make a plainly created file world-readable.
        let oldMask = umask(0o022)
        defer { umask(oldMask) }
        var seen: [(path: String, mode: Int, size: Int)] = []
        try PrivateFile.write(Array("secret".utf8), to: path) { temporary in
            var info = stat()
            _ = stat(temporary, &info)
            seen.append((temporary, Int(info.st_mode & 0o7777), Int(info.st_size)))
        }
        let temporary = try #require(seen.first)
        #expect(temporary.mode == 0o600)
        #expect(temporary.size == 0)
        #expect((temporary.path as NSString).deletingLastPathComponent == home.root + "/state/liza", "made in the target's folder")
        #expect((temporary.path as NSString).lastPathComponent.hasPrefix(".history.json."))
        #expect(!FileManager.default.fileExists(atPath: temporary.path), "renamed away")
        #expect(home.mode(of: path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "secret")
        #expect(home.mode(of: home.root + "/state/liza") == 0o700)
        #expect(home.mode(of: home.root + "/state") == 0o700, "missing parents are created private too")
    }

    @Test func replacingKeepsTheModeAndLeavesNoTemporaryFiles() throws {
        let home = try TemporaryHome()
        let path = home.root + "/d/file"
        try PrivateFile.write("one", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try PrivateFile.write("two", to: path)
        #expect(home.mode(of: path) == 0o600, "a rewrite replaces a too-open file with a private one")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.root + "/d") == ["file"])
    }

    @Test func concurrentWritersNeverCollideOrMix() async throws {
        let home = try TemporaryHome()
        let path = home.root + "/state/liza/passthrough-history-default.json"
        let contents = (0..<8).map { writer in String(repeating: "\(writer)", count: 64 * 1024) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for text in contents {
                // Real threads (fsync blocks): the cooperative pool stays free for other tests.
                group.addTask {
                    try await Self.onOwnThread { for _ in 0..<10 { try PrivateFile.write(text, to: path) } }
                }
            }
            try await group.waitForAll()
        }
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents.contains(final), "the file is one writer's whole content, never a mix")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.root + "/state/liza") == ["passthrough-history-default.json"])
        #expect(home.mode(of: path) == 0o600)
    }

    static func onOwnThread(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    @Test func aFailedWriteRemovesItsTemporaryFile() throws {
        let home = try TemporaryHome()
        let folder = home.root + "/d"
        // The target is a non-empty folder: rename(2) fails after the bytes were written.
        try FileManager.default.createDirectory(atPath: folder + "/target/inside", withIntermediateDirectories: true)
        #expect(throws: PrivateFileError.self) { try PrivateFile.write("x", to: folder + "/target") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["target"])
        do {
            try PrivateFile.write("x", to: folder + "/target")
        } catch {
            #expect(error.description.hasPrefix("could not replace \(folder)/target: "))
        }
    }

    @Test func stateAndCacheFoldersAreCreatedPrivateAndWiderOnesFixed() throws {
        let home = try TemporaryHome()
        var environment = home.environment
        environment["XDG_CACHE_HOME"] = home.root + "/cache"
        let paths = LizaPaths(environment: environment)
        #expect(paths.cacheDirectory == home.root + "/cache/liza")
        #expect(try paths.prepareStateDirectory() == home.root + "/state/liza")
        #expect(try paths.prepareCacheDirectory() == home.root + "/cache/liza")
        #expect(home.mode(of: paths.stateDirectory) == 0o700)
        #expect(home.mode(of: paths.cacheDirectory) == 0o700)
        // An older liza made the state folder 0755: using it fixes that; the parent is the user's.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: paths.stateDirectory)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.root + "/state")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: paths.cacheDirectory)
        try paths.prepareStateDirectory()
        try paths.prepareCacheDirectory()
        #expect(home.mode(of: paths.stateDirectory) == 0o700)
        #expect(home.mode(of: paths.cacheDirectory) == 0o700)
        #expect(home.mode(of: home.root + "/state") == 0o755, "existing parents are left alone")
        // A file where the folder should be is an error, not a crash.
        let blocked = LizaPaths(environment: ["HOME": home.root, "XDG_STATE_HOME": home.root + "/state/liza/history"])
        try PrivateFile.write("x", to: home.root + "/state/liza/history")
        #expect(throws: PrivateFileError.self) { try PrivateFile.makeDirectory(blocked.stateDirectory) }
    }

    @Test func theOneResolverNamesEveryFile() {
        let paths = LizaPaths(environment: ["HOME": "/h", "XDG_STATE_HOME": "relative/ignored"])
        #expect(paths.stateDirectory == "/h/.local/state/liza")
        #expect(paths.cacheDirectory == "/h/.cache/liza")
        #expect(paths.themesDirectory == "/h/.config/liza/themes")
        #expect(paths.tuiLogFile == "/h/.local/state/liza/tui.log")
        #expect(paths.passthroughHistoryFile(profile: "work") == "/h/.local/state/liza/passthrough-history-work.json")
        #expect(paths.passthroughHistoryFile(profile: "../../etc/x") == "/h/.local/state/liza/passthrough-history-etcx.json")
    }

    @Test func credentialsGoThroughTheWriter() throws {
        let home = try TemporaryHome()
        let oldMask = umask(0)
        defer { umask(oldMask) }
        let store = CredentialsStore(paths: home.paths)
        try store.store(token: "liza_mcp_abcdefgh", forProfile: "default")
        #expect(home.mode(of: store.path) == 0o600)
        #expect(home.mode(of: home.paths.configDirectory) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.paths.configDirectory) == ["credentials.toml"])
    }
}
