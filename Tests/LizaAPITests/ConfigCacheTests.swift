import Testing
@testable import LizaAPI

/// `cache` and `full_sync_after` in a profile: the record store's policy and when a sync reads
/// everything again.
@Suite struct ConfigCacheTests {
    @Test func policyAndDurationAreRead() {
        let file = ConfigFile.parse("""
            [profiles.work]
            cache = "persist"
            full_sync_after = "2h"
            [profiles.quick]
            cache = "off"
            full_sync_after = 600
            """, path: "/c/config.toml")
        #expect(file.warnings.isEmpty, "\(file.warnings)")
        #expect(file.profiles["work"]?.cache == .persist)
        #expect(file.profiles["work"]?.fullSyncAfter == 7_200)
        #expect(file.profiles["quick"]?.cache == .off)
        #expect(file.profiles["quick"]?.fullSyncAfter == 600)
    }

    @Test func badValuesAreWarningsAndIgnored() {
        let file = ConfigFile.parse("""
            [profiles.work]
            cache = "forever"
            full_sync_after = "soon"
            [profiles.other]
            cache = 1
            full_sync_after = 5
            """, path: "/c/config.toml")
        #expect(file.profiles["work"]?.cache == nil)
        #expect(file.profiles["work"]?.fullSyncAfter == nil)
        #expect(file.profiles["other"]?.fullSyncAfter == nil)
        #expect(file.warnings.contains("/c/config.toml:2: cache in [profiles.work] must be \"session\", \"persist\" or \"off\", not 'forever'; ignored"))
        #expect(file.warnings.contains { $0.hasPrefix("/c/config.toml:3: full_sync_after in [profiles.work] must be seconds") })
        #expect(file.warnings.contains("/c/config.toml:5: cache in [profiles.other] must be \"session\", \"persist\" or \"off\", not an integer; ignored"))
        #expect(file.warnings.count == 4)
    }

    @Test(arguments: [("90s", 90), ("30m", 1_800), ("24h", 86_400), ("7d", 604_800), ("59s", nil), ("400d", nil), ("1w", nil), ("h", nil), ("-5m", nil)])
    func durations(_ text: String, _ seconds: Int?) {
        #expect(ConfigFile.duration(text) == seconds)
    }
}
