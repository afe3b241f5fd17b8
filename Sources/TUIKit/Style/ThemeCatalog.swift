import Foundation

/// Where themes come from, and loading them by name.
///
/// Themes are `*.toml` files, named after the file (`nord.toml` is `nord`), looked up in order:
/// 1. the user's own folder, `$XDG_CONFIG_HOME/liza/themes` (default `~/.config/liza/themes`),
///    resolved by the caller (liza's `LizaPaths.themesDirectory`: one XDG resolver for every file);
/// 2. the `themes/` folder next to the executable or in one of its ancestor directories (a clone
///    run with `swift run` finds the repository's `themes/`), or `share/liza/themes` in one of
///    them (an installed prefix such as `/usr/local`);
/// 3. `./themes`.
/// The first directory with a given name wins, so a user's `nord.toml` replaces the bundled one.
/// `default` is also compiled in (`Theme.default`), so it exists even with no files at all.
public struct ThemeCatalog: Sendable {
    /// One theme the catalog can load.
    public struct Entry: Hashable, Sendable {
        /// The name to ask for (`nord`): the file name without `.toml`.
        public var name: String
        /// The file, or nil for the compiled-in default.
        public var path: String?
        public var isBuiltIn: Bool { path == nil }
        public init(name: String, path: String?) { self.name = name; self.path = path }
    }

    /// Theme files larger than this are refused (a theme is a few hundred bytes).
    public static let maximumFileSize = 1 << 20

    /// The directories searched, highest priority first.
    public var directories: [String]

    public init(directories: [String]) { self.directories = directories }

    /// The catalog over the standard directories of this process; `userDirectory` is the user's
    /// own themes folder (nil: none).
    public static func standard(userDirectory: String?) -> ThemeCatalog {
        ThemeCatalog(directories: standardDirectories(userDirectory: userDirectory,
                                                      executablePath: currentExecutablePath(),
                                                      currentDirectory: FileManager.default.currentDirectoryPath))
    }

    /// The standard search directories (see the type's documentation); only ones that exist, each once.
    public static func standardDirectories(userDirectory: String?, executablePath: String?,
                                           currentDirectory: String) -> [String] {
        var candidates: [String] = []
        if let userDirectory, !userDirectory.isEmpty { candidates.append(userDirectory) }
        if let exe = executablePath, let found = themesNear(executable: exe) { candidates.append(found) }
        candidates.append(join(currentDirectory, "themes"))
        var seen = Set<String>()
        var out: [String] = []
        for c in candidates {
            let key = URL(fileURLWithPath: c).standardizedFileURL.resolvingSymlinksInPath().path
            guard isDirectory(c), seen.insert(key).inserted else { continue }
            out.append(c)
        }
        return out
    }

    /// Every theme, by name, built-in default included; sorted by name.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") && !file.hasPrefix(".") {
                let name = ThemeCatalog.themeName(forFile: file)
                if byName[name] == nil { byName[name] = Entry(name: name, path: ThemeCatalog.join(dir, file)) }
            }
        }
        if byName["default"] == nil { byName["default"] = Entry(name: "default", path: nil) }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// Loads a theme by name (`nord`), or from a path when the name holds a `/` or ends in `.toml`.
    public func load(named name: String) throws(ThemeError) -> Theme {
        if name.contains("/") || name.hasSuffix(".toml") { return try ThemeCatalog.load(file: name) }
        let all = entries()
        guard let entry = all.first(where: { $0.name == name }) else {
            throw ThemeError(kind: .notFound, file: name,
                             reason: "no such theme (available: \(all.map(\.name).joined(separator: ", ")))")
        }
        guard let path = entry.path else { return .default }
        return try ThemeCatalog.load(file: path)
    }

    /// The theme to start with: `name` (nil means `default`), or `Theme.default` and the reason when
    /// it cannot be loaded. Never fails: a bad theme file must not stop liza from starting.
    public func loadForStartup(named name: String?) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(named: name ?? "default"), nil)
        } catch {
            return (.default, error)
        }
    }

    /// Loads one theme file; roles it leaves out come from `Theme.default`.
    public static func load(file path: String) throws(ThemeError) -> Theme {
        let text = try read(file: path)
        return try Theme.parse(text, file: path)
    }

    /// Every problem in one theme file (empty when it is fine).
    public static func check(file path: String) -> [ThemeError] {
        do {
            return ThemeDocument.check(try read(file: path), file: path).errors
        } catch {
            return [error]
        }
    }

    /// The contents of a theme file as UTF-8 text.
    public static func read(file path: String) throws(ThemeError) -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumFileSize {
                throw ThemeError(kind: .unreadable, file: path, reason: "file is too large for a theme (\(size) bytes)")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as ThemeError {
            throw error
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw ThemeError(kind: .unreadable, file: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(kind: .unreadable, file: path, reason: "not valid UTF-8")
        }
        return text
    }

    /// `nord` for `/x/y/nord.toml`.
    public static func themeName(forFile path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix(".toml") { name = name.dropLast(5) }
        return String(name)
    }

    // MARK: - Internals

    /// The first `themes/` (or `share/liza/themes/`) in the executable's directory or its ancestors.
    static func themesNear(executable: String) -> String? {
        var dir = URL(fileURLWithPath: executable).deletingLastPathComponent().standardizedFileURL.path
        while true {
            for sub in ["themes", "share/liza/themes"] {
                let candidate = join(dir, sub)
                if isDirectory(candidate) { return candidate }
            }
            if dir == "/" || dir.isEmpty { return nil }
            let parent = URL(fileURLWithPath: dir).deletingLastPathComponent().standardizedFileURL.path
            if parent == dir { return nil }
            dir = parent
        }
    }

    /// This process's executable, symlinks resolved (so `/usr/local/bin/liza` → its real place).
    static func currentExecutablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func join(_ dir: String, _ rest: String) -> String {
        dir.hasSuffix("/") ? dir + rest : dir + "/" + rest
    }
}
