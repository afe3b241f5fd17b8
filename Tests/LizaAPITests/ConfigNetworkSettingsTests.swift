import Foundation
import Testing
@testable import LizaAPI

/// `proxy`, `ca_bundle` and the request log, from config.toml and the environment.
@Suite struct ConfigNetworkSettingsTests {
    @Test func profileProxyAndCABundleFromConfig() throws {
        let home = try TemporaryHome()
        try home.writeConfig("""
            default_profile = "corp"
            [profiles.corp]
            proxy = "http://ann:pw@proxy.corp:3128"
            ca_bundle = "/etc/hostname"
            [profiles.direct]
            proxy = ""
            [profiles.bad]
            proxy = 3128
            ca_bundel = "/x.pem"
            """)
        var env = home.environment
        env["HTTPS_PROXY"] = "http://env-proxy:8080"
        let corp = try SettingsResolver.resolve(flags: SettingsFlags(), environment: env)
        #expect(corp.proxy.proxy == ProxyServer(kind: .http, host: "proxy.corp", port: 3128, username: "ann", password: "pw"))
        #expect(corp.proxy.description == "http://***@proxy.corp:3128 (from proxy in [profiles.corp])")
        #expect(corp.caBundle == CABundle(path: "/etc/hostname", source: "ca_bundle in [profiles.corp]"))
        #expect(corp.debugLogSource == nil)

        let direct = try SettingsResolver.resolve(flags: SettingsFlags(profile: "direct", verbose: true), environment: env)
        #expect(direct.proxy.proxy == nil)
        #expect(direct.debugLogSource == "--verbose")

        let bad = try SettingsResolver.resolve(flags: SettingsFlags(profile: "bad"), environment: env)
        #expect(bad.proxy.proxy?.host == "env-proxy")
        #expect(bad.warnings.contains { $0.contains("proxy in [profiles.bad] must be a string") })
        #expect(bad.warnings.contains { $0.contains("unknown key 'ca_bundel'") && $0.contains("did you mean ca_bundle?") })
    }

    @Test func debugFromTheEnvironmentAndMissingBundle() throws {
        let home = try TemporaryHome()
        var env = home.environment
        env["LIZA_DEBUG"] = "1"
        #expect(try SettingsResolver.resolve(flags: SettingsFlags(), environment: env).debugLogSource == "LIZA_DEBUG")
        env["LIZA_DEBUG"] = "0"
        #expect(try SettingsResolver.resolve(flags: SettingsFlags(), environment: env).debugLogSource == nil)
        env["LIZA_CA_BUNDLE"] = "/nonexistent/ca.pem"
        #expect(throws: LizaError.self) { try SettingsResolver.resolve(flags: SettingsFlags(), environment: env) }
    }
}
