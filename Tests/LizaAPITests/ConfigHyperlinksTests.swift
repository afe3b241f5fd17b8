import Testing
@testable import LizaAPI

@Suite struct ConfigHyperlinksTests {
    @Test func topLevelAndProfileHyperlinks() {
        let file = ConfigFile.parse("hyperlinks = false\n[profiles.work]\nhyperlinks = true\n[profiles.home]\nhyperlinks = \"no\"\n", path: "c.toml")
        #expect(file.hyperlinks == false)
        #expect(file.profiles["work"]?.hyperlinks == true)
        #expect(file.profiles["home"]?.hyperlinks == nil)
        #expect(file.warnings == ["c.toml:5: hyperlinks in [profiles.home] must be true or false, not a string; ignored"])
    }
}
