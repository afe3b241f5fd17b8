import Foundation
import Testing
@testable import LizaAPI

@Suite struct ConfigPathsTests {
    @Test func xdgDirectoriesAreUsed() {
        let paths = LizaPaths(environment: ["HOME": "/home/ada", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/st"])
        #expect(paths.configDirectory == "/cfg/liza")
        #expect(paths.stateDirectory == "/st/liza")
        #expect(paths.configFile == "/cfg/liza/config.toml")
        #expect(paths.credentialsFile == "/cfg/liza/credentials.toml")
        #expect(paths.themesDirectory == "/cfg/liza/themes")
    }

    @Test func defaultsUnderHomeAndRelativeXDGIgnored() {
        let paths = LizaPaths(environment: ["HOME": "/home/ada", "XDG_CONFIG_HOME": "relative/dir", "XDG_STATE_HOME": ""])
        #expect(paths.configDirectory == "/home/ada/.config/liza")
        #expect(paths.stateDirectory == "/home/ada/.local/state/liza")
    }

    @Test func abbreviatesHome() {
        let paths = LizaPaths(environment: ["HOME": "/home/ada"])
        #expect(paths.abbreviated("/home/ada/.config/liza/credentials.toml") == "~/.config/liza/credentials.toml")
        #expect(paths.abbreviated("/home/adam/x") == "/home/adam/x")
        #expect(paths.abbreviated("/etc/x") == "/etc/x")
    }
}

@Suite struct ConfigFileTests {
    @Test func readsProfilesAndDefault() {
        let file = ConfigFile.parse("""
            default_profile = "work"

            [profiles.work]
            base_url = "https://eu.example/api"
            theme = "nord"

            [profiles."my lab"]
            base_url = "http://127.0.0.1:8080/api"
            """, path: "/c/config.toml")
        #expect(file.warnings.isEmpty)
        #expect(file.defaultProfile == "work")
        #expect(file.profiles["work"] == ProfileConfig(baseURL: "https://eu.example/api", theme: "nord"))
        #expect(file.profiles["my lab"]?.baseURL == "http://127.0.0.1:8080/api")
    }

    @Test func syntaxErrorIsAWarningWithLineAndTheDefaults() {
        let file = ConfigFile.parse("default_profile = \"work\"\n[profiles.work\nbase_url = 1\n", path: "/c/config.toml")
        #expect(file.defaultProfile == nil)
        #expect(file.profiles.isEmpty)
        #expect(file.warnings.count == 1)
        let warning = file.warnings.first ?? ""
        #expect(warning.hasPrefix("/c/config.toml:2:"), "\(warning)")
        #expect(warning.hasSuffix("using the defaults"))
    }

    @Test func wrongTypesAreWarningsWithLinesAndIgnored() {
        let file = ConfigFile.parse("""
            default_profile = 3
            [profiles.work]
            theme = "nord"
            base_url = ["https://x"]
            """, path: "/c/config.toml")
        #expect(file.defaultProfile == nil)
        #expect(file.profiles["work"] == ProfileConfig(baseURL: nil, theme: "nord"))
        #expect(file.warnings.contains("/c/config.toml:1: default_profile must be a non-empty string, not an integer; ignored"))
        #expect(file.warnings.contains("/c/config.toml:4: base_url in [profiles.work] must be a string, not an array; ignored"))
        #expect(file.warnings.count == 2)
    }

    @Test func unknownKeysAreWarningsWithSuggestions() {
        let file = ConfigFile.parse("""
            colour = "red"
            [profiles.work]
            base_ulr = "https://x"
            """, path: "/c/config.toml")
        #expect(file.warnings.contains("/c/config.toml:1: unknown key 'colour'; ignored"))
        #expect(file.warnings.contains("/c/config.toml:3: unknown key 'base_ulr' in [profiles.work] (did you mean base_url?); ignored"))
        #expect(file.profiles["work"] == ProfileConfig())
    }

    @Test func tokenInConfigPointsToLogin() {
        let file = ConfigFile.parse("[profiles.work]\ntoken = \"liza_mcp_secret\"\n", path: "/c/config.toml")
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.contains("liza login --profile work") == true)
        #expect(file.warnings.first?.contains("liza_mcp_secret") == false)
    }

    @Test func missingFileIsEmptyWithoutWarnings() throws {
        let home = try TemporaryHome()
        let file = ConfigFile.load(from: home.paths.configFile)
        #expect(file == ConfigFile())
    }

    @Test func unreadableFileIsAWarning() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(atPath: home.paths.configFile, withIntermediateDirectories: true)
        let file = ConfigFile.load(from: home.paths.configFile)
        #expect(file.warnings == ["\(home.paths.configFile): is a directory; using the defaults"])
    }

    @Test func dottedAndInlineKeysAreLocated() {
        let file = ConfigFile.parse("""
            # comment
            profiles.work.theme = 7
            profiles.home = { base_url = false }
            """, path: "p")
        #expect(file.warnings.contains("p:2: theme in [profiles.work] must be a string, not an integer; ignored"))
        #expect(file.warnings.contains("p:3: base_url in [profiles.home] must be a string, not a boolean; ignored"))
    }
}
