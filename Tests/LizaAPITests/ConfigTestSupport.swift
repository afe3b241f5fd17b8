import Foundation
@testable import LizaAPI

/// A temporary home with XDG directories, removed when the test is done.
final class TemporaryHome: Sendable {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/liza-config-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// An environment whose HOME, XDG_CONFIG_HOME and XDG_STATE_HOME are inside the temporary root.
    var environment: [String: String] {
        ["HOME": root + "/home", "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state"]
    }

    var paths: LizaPaths { LizaPaths(environment: environment) }

    /// Writes `text` as config.toml.
    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: paths.configDirectory, withIntermediateDirectories: true)
        try text.write(toFile: paths.configFile, atomically: true, encoding: .utf8)
    }

    /// Writes `text` as credentials.toml with `mode`.
    func writeCredentials(_ text: String, mode: Int) throws {
        try FileManager.default.createDirectory(atPath: paths.configDirectory, withIntermediateDirectories: true)
        try text.write(toFile: paths.credentialsFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: paths.credentialsFile)
    }

    /// The permission bits of `path`.
    func mode(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }
}
