import Foundation
import TOMLKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `credentials.toml`: one token per profile, readable only by its owner.
///
/// ```toml
/// [profiles.default]
/// token = "liza_mcp_…"
/// ```
///
/// The file is written by `PrivateFile` (a unique temporary file in the same directory, mode
/// 0600 *before* the token is written, fsync, then `rename`), so no umask and no crash half-way
/// can leave the token readable by others; the directory is made 0700. A file whose
/// mode lets anyone else read it is refused (like ssh does with keys), and no message ever
/// contains the token — not even TOML syntax errors, which could quote it, so those report
/// only the position.
public struct CredentialsStore: Hashable, Sendable {
    /// The credentials file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public init(paths: LizaPaths) {
        self.init(path: paths.credentialsFile)
    }

    /// The contents of the file: tokens by profile name, plus problems found while reading.
    public struct Contents: Hashable, Sendable {
        public var tokens: [String: String]
        public var warnings: [String]
        /// True when the file exists.
        public var exists: Bool

        public init(tokens: [String: String] = [:], warnings: [String] = [], exists: Bool = false) {
            self.tokens = tokens
            self.warnings = warnings
            self.exists = exists
        }
    }

    /// Reads every token. Throws `.configuration` when the file's mode is wider than 0600;
    /// a missing file is empty; syntax problems are warnings (the file is then treated as empty).
    public func load() throws(LizaError) -> Contents {
        try checkMode()
        return read()
    }

    /// The token stored for `profile`, or nil; warnings as in `load()`.
    public func token(forProfile profile: String) throws(LizaError) -> (token: String?, warnings: [String]) {
        let contents = try load()
        return (contents.tokens[profile], contents.warnings)
    }

    /// Stores `token` for `profile`, keeping the other profiles' tokens.
    ///
    /// Refuses (rather than overwrite other tokens) when the existing file is not valid TOML.
    public func store(token: String, forProfile profile: String) throws(LizaError) {
        let cleaned = token.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else {
            throw LizaError(kind: .validation, message: "the token is empty", field: .token)
        }
        guard !cleaned.contains(where: { $0.isNewline || $0.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) }) else {
            throw LizaError(kind: .validation, message: "the token contains control characters", field: .token)
        }
        var tokens = try existingTokensForRewrite()
        tokens[profile] = cleaned
        try persist(tokens)
    }

    /// Removes the token of `profile`; returns false when there was none. The file is removed
    /// when no token is left.
    @discardableResult
    public func removeToken(forProfile profile: String) throws(LizaError) -> Bool {
        var tokens = try existingTokensForRewrite()
        guard tokens.removeValue(forKey: profile) != nil else { return false }
        if tokens.isEmpty {
            if unlink(path) != 0, errno != ENOENT {
                throw LizaError(kind: .configuration, message: "could not remove \(path): \(Self.errnoText())")
            }
        } else {
            try persist(tokens)
        }
        return true
    }

    /// The file's permission bits, or nil when it does not exist.
    public func mode() -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    // MARK: - Reading

    private func checkMode() throws(LizaError) {
        guard let mode = mode() else { return }
        if mode & 0o077 != 0 {
            throw LizaError(
                kind: .configuration,
                message: "credentials file \(path) has mode \(Self.octal(mode)), so other users can read it; "
                    + "the token in it was not used. Run `chmod 600 \(path)` and try again"
            )
        }
    }

    private func read() -> Contents {
        switch TextFileReader.read(path) {
        case .missing:
            return Contents()
        case .failed(let reason):
            return Contents(warnings: ["\(path): \(reason); no token read from it"], exists: true)
        case .text(let text):
            return Self.parse(text, path: path)
        }
    }

    static func parse(_ text: String, path: String) -> Contents {
        var contents = Contents(exists: true)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            // Only the position: the parser's description may quote the text, i.e. the token.
            let p = error.source.begin
            contents.warnings.append("\(path):\(p.line):\(p.column): not valid TOML; no token read from it")
            return contents
        } catch {
            contents.warnings.append("\(path): not valid TOML; no token read from it")
            return contents
        }
        let locator = TOMLLineLocator(text: text)
        func warn(_ line: Int?, _ message: String) {
            contents.warnings.append(line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)")
        }
        for key in table.keys.sorted() where key != "profiles" {
            warn(locator.lineOfKey(key, inTable: []), "unknown key '\(key)' (tokens go in [profiles.NAME] tables); ignored")
        }
        guard let profilesValue = table["profiles"] else { return contents }
        guard let profiles = profilesValue.table else {
            warn(locator.lineOfKey("profiles", inTable: []), "profiles must be a table of [profiles.NAME] tables; ignored")
            return contents
        }
        for name in profiles.keys.sorted() {
            guard let entry = profiles[name]?.table else {
                warn(locator.lineOfKey(name, inTable: ["profiles"]), "profiles.\(name) must be a table; ignored")
                continue
            }
            for key in entry.keys.sorted() {
                let line = locator.lineOfKey(key, inTable: ["profiles", name])
                if key == "token" {
                    if let token = entry[key]?.string?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
                        contents.tokens[name] = token
                    } else {
                        warn(line, "token in [profiles.\(name)] must be a non-empty string; ignored")
                    }
                } else {
                    warn(line, "unknown key '\(key)' in [profiles.\(name)]; ignored")
                }
            }
        }
        return contents
    }

    /// The tokens to keep when rewriting. The mode is not checked here: rewriting fixes it.
    private func existingTokensForRewrite() throws(LizaError) -> [String: String] {
        switch TextFileReader.read(path) {
        case .missing:
            return [:]
        case .failed(let reason):
            throw LizaError(kind: .configuration, message: "\(path) \(reason); fix or remove it first")
        case .text(let text):
            let contents = Self.parse(text, path: path)
            if contents.warnings.contains(where: { $0.contains("not valid TOML") }) {
                throw LizaError(kind: .configuration, message: "\(path) is not valid TOML; fix or remove it first (its other tokens would be lost)")
            }
            return contents.tokens
        }
    }

    // MARK: - Writing

    static func render(_ tokens: [String: String]) -> String {
        var out = "# liza credentials: keep this file private (mode 0600).\n# Written by `liza login`; `liza logout` removes a token.\n"
        for name in tokens.keys.sorted() {
            guard let token = tokens[name] else { continue }
            out += "\n[profiles.\(TOMLText.key(name))]\ntoken = \(TOMLText.string(token))\n"
        }
        return out
    }

    private func persist(_ tokens: [String: String]) throws(LizaError) {
        do {
            try PrivateFile.write(Self.render(tokens), to: path)
        } catch {
            throw LizaError(kind: .configuration, message: error.description)
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// A mode as four octal digits, e.g. `0600`.
    public static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
