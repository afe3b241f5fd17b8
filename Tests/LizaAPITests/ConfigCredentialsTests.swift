import Foundation
import Testing
@testable import LizaAPI

@Suite struct ConfigCredentialsTests {
    let token = "liza_mcp_0123456789abcdefa1b2"

    @Test func storeWritesMode0600InA0700Directory() throws {
        let home = try TemporaryHome()
        let store = CredentialsStore(paths: home.paths)
        try store.store(token: token, forProfile: "default")
        #expect(home.mode(of: home.paths.credentialsFile) == 0o600)
        #expect(home.mode(of: home.paths.configDirectory) == 0o700)
        #expect(try store.token(forProfile: "default").token == token)
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: home.paths.configDirectory)
        #expect(names == ["credentials.toml"])
    }

    @Test func storeIsMode0600EvenWithAPermissiveUmask() throws {
        let home = try TemporaryHome()
        let previous = umask(0)
        defer { umask(previous) }
        try CredentialsStore(paths: home.paths).store(token: token, forProfile: "default")
        #expect(home.mode(of: home.paths.credentialsFile) == 0o600)
    }

    @Test func storeKeepsOtherProfilesAndRemoveDeletes() throws {
        let home = try TemporaryHome()
        let store = CredentialsStore(paths: home.paths)
        try store.store(token: "liza_mcp_work", forProfile: "work")
        try store.store(token: "liza_mcp_home", forProfile: "home lab")
        try store.store(token: "liza_mcp_work2", forProfile: "work")
        #expect(try store.load().tokens == ["work": "liza_mcp_work2", "home lab": "liza_mcp_home"])
        #expect(try store.removeToken(forProfile: "work"))
        #expect(try store.removeToken(forProfile: "work") == false)
        #expect(try store.load().tokens == ["home lab": "liza_mcp_home"])
        #expect(try store.removeToken(forProfile: "home lab"))
        #expect(!FileManager.default.fileExists(atPath: home.paths.credentialsFile))
    }

    @Test func tokensWithQuotesAndBackslashesRoundTrip() throws {
        let home = try TemporaryHome()
        let store = CredentialsStore(paths: home.paths)
        let odd = "liza_\"quoted\"\\back"
        try store.store(token: odd, forProfile: "default")
        #expect(try store.token(forProfile: "default").token == odd)
    }

    @Test func widerModeIsRefusedWithChmodHint() throws {
        let home = try TemporaryHome()
        try home.writeCredentials("[profiles.default]\ntoken = \"\(token)\"\n", mode: 0o644)
        let path = home.paths.credentialsFile
        let error = #expect(throws: LizaError.self) { try CredentialsStore(paths: home.paths).token(forProfile: "default") }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("chmod 600 \(path)") == true)
        #expect(error?.message.contains("0644") == true)
        #expect(error?.message.contains(token) == false)
        #expect(error?.description.contains("a1b2") == false)
    }

    @Test func groupReadableIsRefusedToo() throws {
        let home = try TemporaryHome()
        try home.writeCredentials("[profiles.default]\ntoken = \"\(token)\"\n", mode: 0o640)
        #expect(throws: LizaError.self) { try CredentialsStore(paths: home.paths).load() }
    }

    @Test func storingFixesAWideMode() throws {
        let home = try TemporaryHome()
        try home.writeCredentials("[profiles.other]\ntoken = \"liza_mcp_other\"\n", mode: 0o644)
        let store = CredentialsStore(paths: home.paths)
        try store.store(token: token, forProfile: "default")
        #expect(home.mode(of: home.paths.credentialsFile) == 0o600)
        #expect(try store.load().tokens == ["other": "liza_mcp_other", "default": token])
    }

    @Test func syntaxErrorsNeverQuoteTheToken() throws {
        let home = try TemporaryHome()
        try home.writeCredentials("[profiles.default]\ntoken = \"\(token)\n", mode: 0o600)
        let store = CredentialsStore(paths: home.paths)
        let contents = try store.load()
        #expect(contents.tokens.isEmpty)
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.allSatisfy { !$0.contains("a1b2") })
        #expect(contents.warnings.first?.hasPrefix("\(home.paths.credentialsFile):2:") == true)
        // Rewriting would lose what is in the broken file: refused.
        let error = #expect(throws: LizaError.self) { try store.store(token: "liza_mcp_new", forProfile: "x") }
        #expect(error?.message.contains("not valid TOML") == true)
    }

    @Test func emptyTokenIsRejected() throws {
        let home = try TemporaryHome()
        let error = #expect(throws: LizaError.self) { try CredentialsStore(paths: home.paths).store(token: "  \n", forProfile: "default") }
        #expect(error?.kind == .validation)
        #expect(!FileManager.default.fileExists(atPath: home.paths.credentialsFile))
    }

    @Test func renderedFileParsesBack() {
        let text = CredentialsStore.render(["a.b": "t1", "plain": "t2"])
        #expect(text.contains("[profiles.\"a.b\"]"))
        #expect(text.contains("[profiles.plain]"))
        #expect(CredentialsStore.parse(text, path: "p").tokens == ["a.b": "t1", "plain": "t2"])
    }
}
