import Foundation
import Testing
@testable import TUIKit

@Suite("ThemeCatalog")
struct ThemeCatalogTests {
    /// A fresh directory tree under the system temporary directory.
    final class Scratch {
        let root: String
        init() throws {
            root = NSTemporaryDirectory() + "liza-theme-tests-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }
        func write(_ relative: String, _ text: String) throws {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        func mkdir(_ relative: String) throws {
            try FileManager.default.createDirectory(atPath: root + "/" + relative, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func firstDirectoryWinsAndDefaultIsBuiltIn() throws {
        let s = try Scratch()
        try s.write("user/nord.toml", "name = \"my nord\"\n[roles]\ntext = \"red\"\n")
        try s.write("repo/nord.toml", "[roles]\ntext = \"blue\"\n")
        try s.write("repo/dracula.toml", "[roles]\ntext = \"magenta\"\n")
        try s.write("repo/notes.txt", "not a theme")
        let catalog = ThemeCatalog(directories: [s.root + "/user", s.root + "/repo"])
        let entries = catalog.entries()
        #expect(entries.map(\.name) == ["default", "dracula", "nord"])
        #expect(entries.first { $0.name == "nord" }?.path == s.root + "/user/nord.toml")
        #expect(entries.first { $0.name == "default" }?.isBuiltIn == true)
        let nord = try catalog.load(named: "nord")
        #expect(nord.name == "my nord")
        #expect(nord[.text].foreground == .ansi(.red))
        #expect(try catalog.load(named: "default") == Theme.default)
    }

    @Test func unknownNameAndBadFileFallBackToDefault() throws {
        let s = try Scratch()
        try s.write("t/broken.toml", "[roles]\ntext = \"nope\"\n")
        let catalog = ThemeCatalog(directories: [s.root + "/t"])
        #expect(throws: ThemeError.self) { try catalog.load(named: "missing") }
        let missing = catalog.loadForStartup(named: "missing")
        #expect(missing.theme == Theme.default)
        #expect(missing.error?.kind == .notFound)
        #expect(missing.error?.reason.contains("broken") == true, "lists what is available")
        let broken = catalog.loadForStartup(named: "broken")
        #expect(broken.theme == Theme.default)
        #expect(broken.error?.kind == .unknownColor)
        #expect(broken.error?.line == 2)
        let fine = catalog.loadForStartup(named: nil)
        #expect(fine.theme == Theme.default && fine.error == nil)
    }

    @Test func loadsByPath() throws {
        let s = try Scratch()
        try s.write("x.toml", "[roles]\ntext = \"green\"\n")
        let theme = try ThemeCatalog(directories: []).load(named: s.root + "/x.toml")
        #expect(theme.name == "x" && theme[.text].foreground == .ansi(.green))
    }

    @Test func unreadableFiles() throws {
        let s = try Scratch()
        #expect(ThemeCatalog.check(file: s.root + "/nope.toml").first?.kind == .unreadable)
        let path = s.root + "/bin.toml"
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: URL(fileURLWithPath: path))
        let errors = ThemeCatalog.check(file: path)
        #expect(errors.first?.kind == .unreadable)
        #expect(errors.first?.reason == "not valid UTF-8")
    }

    @Test func standardDirectories() throws {
        let s = try Scratch()
        try s.mkdir("config/liza/themes")
        try s.mkdir("clone/themes")
        try s.mkdir("clone/.build/debug")
        try s.mkdir("cwd/themes")
        try s.mkdir("prefix/bin")
        try s.mkdir("prefix/share/liza/themes")
        let dirs = ThemeCatalog.standardDirectories(
            userDirectory: s.root + "/config/liza/themes",
            executablePath: s.root + "/clone/.build/debug/liza", currentDirectory: s.root + "/cwd")
        #expect(dirs == [s.root + "/config/liza/themes", s.root + "/clone/themes", s.root + "/cwd/themes"])

        let installed = ThemeCatalog.standardDirectories(
            userDirectory: s.root + "/home/.config/liza/themes", executablePath: s.root + "/prefix/bin/liza",
            currentDirectory: s.root + "/prefix/share/liza")
        #expect(installed == [s.root + "/prefix/share/liza/themes"], "found once, though reachable two ways")

        try s.mkdir("home/.config/liza/themes")
        let home = ThemeCatalog.standardDirectories(userDirectory: s.root + "/home/.config/liza/themes",
                                                    executablePath: nil, currentDirectory: s.root)
        #expect(home == [s.root + "/home/.config/liza/themes"])
        #expect(ThemeCatalog.standardDirectories(userDirectory: nil, executablePath: nil, currentDirectory: s.root).isEmpty)
    }
}
