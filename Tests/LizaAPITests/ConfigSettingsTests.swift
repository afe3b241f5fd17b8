import Foundation
import Testing
@testable import LizaAPI

@Suite struct ConfigSettingsTests {
    func homeWithProfiles() throws -> TemporaryHome {
        let home = try TemporaryHome()
        try home.writeConfig("""
            default_profile = "work"
            [profiles.work]
            base_url = "https://work.example/api"
            theme = "nord"
            [profiles.lab]
            base_url = "http://127.0.0.1:9000/api/"
            """)
        let store = CredentialsStore(paths: home.paths)
        try store.store(token: "liza_mcp_worktoken", forProfile: "work")
        try store.store(token: "liza_mcp_labtoken", forProfile: "lab")
        return home
    }

    @Test func defaultsWithoutAnyConfiguration() throws {
        let home = try TemporaryHome()
        let s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: home.environment)
        #expect(s.baseURL.description == "https://api.eu.liza.app/api")
        #expect(s.token == nil)
        #expect(s.tokenSource == .none)
        #expect(s.profile == "default")
        #expect(s.theme == nil)
        #expect(s.warnings.isEmpty)
        #expect(s.baseURLSource == .builtIn)
    }

    @Test func defaultProfileFromConfig() throws {
        let home = try homeWithProfiles()
        let s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: home.environment)
        #expect(s.profile == "work")
        #expect(s.profileSource == .configFile)
        #expect(s.baseURL.description == "https://work.example/api")
        #expect(s.baseURLSource == .configFile)
        #expect(s.token == "liza_mcp_worktoken")
        #expect(s.tokenSource == .credentialsFile(path: home.paths.credentialsFile))
        #expect(s.theme == "nord")
    }

    @Test func environmentBeatsProfile() throws {
        let home = try homeWithProfiles()
        var env = home.environment
        env["LIZA_PROFILE"] = "lab"
        var s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: env)
        #expect(s.profile == "lab")
        #expect(s.baseURL.description == "http://127.0.0.1:9000/api")
        #expect(s.token == "liza_mcp_labtoken")

        env["LIZA_BASE_URL"] = "https://env.example/api"
        env["LIZA_TOKEN"] = "liza_mcp_envtoken"
        s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: env)
        #expect(s.baseURL.description == "https://env.example/api")
        #expect(s.baseURLSource == .environment("LIZA_BASE_URL"))
        #expect(s.token == "liza_mcp_envtoken")
        #expect(s.tokenSource == .environment)
        #expect(s.tokenSource.description == "LIZA_TOKEN")
    }

    @Test func flagsBeatEnvironment() throws {
        let home = try homeWithProfiles()
        var env = home.environment
        env["LIZA_PROFILE"] = "lab"
        env["LIZA_BASE_URL"] = "https://env.example/api"
        env["LIZA_TOKEN"] = "liza_mcp_envtoken"
        let s = try SettingsResolver.resolve(
            flags: SettingsFlags(baseURL: "https://flag.example/api", token: "liza_mcp_flagtoken", profile: "work"), environment: env)
        #expect(s.profile == "work")
        #expect(s.profileSource == .flag("--profile"))
        #expect(s.baseURL.description == "https://flag.example/api")
        #expect(s.token == "liza_mcp_flagtoken")
        #expect(s.tokenSource == .flag)
        #expect(s.theme == "nord")
    }

    @Test func profileFlagPicksThatProfilesFiles() throws {
        let home = try homeWithProfiles()
        let s = try SettingsResolver.resolve(flags: SettingsFlags(profile: "lab"), environment: home.environment)
        #expect(s.baseURL.description == "http://127.0.0.1:9000/api")
        #expect(s.token == "liza_mcp_labtoken")
    }

    @Test func emptyValuesCountAsUnset() throws {
        let home = try homeWithProfiles()
        var env = home.environment
        env["LIZA_TOKEN"] = ""
        env["LIZA_BASE_URL"] = " "
        let s = try SettingsResolver.resolve(flags: SettingsFlags(token: ""), environment: env)
        #expect(s.token == "liza_mcp_worktoken")
        #expect(s.baseURL.description == "https://work.example/api")
    }

    @Test func unknownNamedProfileIsAWarning() throws {
        let home = try homeWithProfiles()
        let s = try SettingsResolver.resolve(flags: SettingsFlags(profile: "wrok"), environment: home.environment)
        #expect(s.profile == "wrok")
        #expect(s.token == nil)
        #expect(s.baseURL.description == "https://api.eu.liza.app/api")
        #expect(s.warnings.count == 1)
        #expect(s.warnings.first?.contains("profile 'wrok'") == true)
    }

    @Test func badConfigFileGivesWarningAndDefaults() throws {
        let home = try TemporaryHome()
        try home.writeConfig("default_profile = [\n")
        let s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: home.environment)
        #expect(s.profile == "default")
        #expect(s.baseURL.description == "https://api.eu.liza.app/api")
        #expect(s.warnings.count == 1)
        #expect(s.warnings.first?.hasPrefix(home.paths.configFile + ":") == true)
    }

    @Test func wideCredentialsFileIsRefusedButNotNeededWithEnvironmentToken() throws {
        let home = try TemporaryHome()
        try home.writeCredentials("[profiles.default]\ntoken = \"liza_mcp_secretsecret\"\n", mode: 0o604)
        let error = #expect(throws: LizaError.self) {
            try SettingsResolver.resolve(flags: SettingsFlags(), environment: home.environment)
        }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("chmod 600") == true)
        #expect(error?.message.contains("secretsecret") == false)

        var env = home.environment
        env["LIZA_TOKEN"] = "liza_mcp_fromenv"
        let s = try SettingsResolver.resolve(flags: SettingsFlags(), environment: env)
        #expect(s.token == "liza_mcp_fromenv")
    }

    @Test func httpIsOnlyForLoopback() throws {
        let home = try TemporaryHome()
        for ok in ["http://127.0.0.1:8080/api", "http://localhost:1/api", "http://[::1]:9/api", "https://x.example/api/", "HTTPS://X.example"] {
            #expect(throws: Never.self, "\(ok)") {
                try SettingsResolver.resolve(flags: SettingsFlags(baseURL: ok), environment: home.environment)
            }
        }
        let error = #expect(throws: LizaError.self) {
            try SettingsResolver.resolve(flags: SettingsFlags(baseURL: "http://api.example.com/api"), environment: home.environment)
        }
        #expect(error?.kind == .configuration)
        #expect(error?.message.contains("must use https") == true)
        #expect(error?.message.contains("--base-url") == true)
        for bad in ["ftp://x.example", "api.example.com", "https://", "http://127.0.0.1.evil.example/api", "https://u:p@x.example", "https://x.example/api?x=1"] {
            #expect(throws: LizaError.self, "\(bad)") {
                try SettingsResolver.resolve(flags: SettingsFlags(baseURL: bad), environment: home.environment)
            }
        }
    }

    @Test func httpBaseURLInConfigNamesTheFile() throws {
        let home = try TemporaryHome()
        try home.writeConfig("[profiles.default]\nbase_url = \"http://api.example.com\"\n")
        let error = #expect(throws: LizaError.self) {
            try SettingsResolver.resolve(flags: SettingsFlags(), environment: home.environment)
        }
        #expect(error?.message.contains(home.paths.configFile) == true)
    }

    @Test func baseURLIsNormalized() throws {
        #expect(try BaseURLPolicy.validate("https://x.example/api///", source: "t").description == "https://x.example/api")
        #expect(BaseURLPolicy.isLoopback("127.1.2.3"))
        #expect(!BaseURLPolicy.isLoopback("127.0.0.1.nip.io"))
        #expect(!BaseURLPolicy.isLoopback("10.0.0.1"))
    }

    @Test func redactionShowsOnlyTheEnd() throws {
        #expect(Redaction.redactedToken("liza_mcp_0123456789a1b2") == "…a1b2")
        #expect(Redaction.redactedToken("demo") == "…o")
        #expect(Redaction.redactedToken("") == "…")
        let s = ResolvedSettings(baseURL: try BaseURL("https://x"), token: "liza_mcp_supersecret9z9z", tokenSource: .environment, profile: "default")
        #expect(s.redactedToken == "…9z9z")
        #expect(!s.description.contains("supersecret"))
        #expect(!"\(s)".contains("supersecret"))
    }

    @Test func tokenSourceDescriptions() {
        let paths = LizaPaths(environment: ["HOME": "/home/ada"])
        #expect(TokenSource.flag.description == "--token")
        #expect(TokenSource.credentialsFile(path: paths.credentialsFile).description(paths: paths)
            == "credentials file ~/.config/liza/credentials.toml")
    }
}
