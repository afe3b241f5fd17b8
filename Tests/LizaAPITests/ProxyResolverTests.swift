import LizaAPI
import Testing

@Suite("Proxy resolution (as curl)")
struct ProxyResolverTests {
    func decide(_ env: [String: String], profile: String? = nil, url: String = "https://api.example.com/api") throws -> ProxyDecision {
        try ProxyResolver(environment: env, profileProxy: profile, profileSourceName: "proxy in [profiles.work]")
            .decide(for: BaseURL(url))
    }

    @Test func schemeVariablesThenAllProxy() throws {
        #expect(try decide([:]).proxy == nil)
        #expect(try decide([:]).reason == "no proxy variable is set")
        let https = try decide(["HTTPS_PROXY": "http://proxy.corp:3128", "HTTP_PROXY": "http://other:1"])
        #expect(https.proxy == ProxyServer(kind: .http, host: "proxy.corp", port: 3128))
        #expect(https.reason == "HTTPS_PROXY")
        // http URLs (loopback only for liza) read http_proxy, not https_proxy.
        let http = try decide(["HTTPS_PROXY": "http://a:1", "http_proxy": "http://b:2"], url: "http://127.0.0.1:8787/api")
        #expect(http.proxy?.host == "b")
        #expect(http.reason == "http_proxy")
        let all = try decide(["ALL_PROXY": "socks5h://127.0.0.1:1080"])
        #expect(all.proxy == ProxyServer(kind: .socks5, host: "127.0.0.1", port: 1080))
        #expect(all.reason == "ALL_PROXY")
    }

    @Test func lowercaseWinsAndEmptyIsUnset() throws {
        let both = try decide(["https_proxy": "http://lower:1", "HTTPS_PROXY": "http://upper:2"])
        #expect(both.proxy?.host == "lower")
        let empty = try decide(["https_proxy": "  ", "HTTPS_PROXY": "http://upper:2"])
        #expect(empty.proxy?.host == "upper")
    }

    @Test func profileProxyBeatsTheEnvironmentAndEmptyMeansNone() throws {
        let profile = try decide(["HTTPS_PROXY": "http://env:1"], profile: "http://profile:8080")
        #expect(profile.proxy?.host == "profile")
        #expect(profile.reason == "proxy in [profiles.work]")
        let none = try decide(["HTTPS_PROXY": "http://env:1"], profile: "")
        #expect(none.proxy == nil)
        #expect(none.description == "none (proxy in [profiles.work] is empty)")
    }

    @Test func proxyURLForms() throws {
        #expect(try ProxyServer(parsing: "proxy.corp").port == 1080)  // curl's default port
        #expect(try ProxyServer(parsing: "proxy.corp:8080") == ProxyServer(kind: .http, host: "proxy.corp", port: 8080))
        #expect(try ProxyServer(parsing: "http://[::1]:3128/") == ProxyServer(kind: .http, host: "::1", port: 3128))
        let auth = try ProxyServer(parsing: "http://al%40ice:p%3Ass@proxy:3128")
        #expect(auth.username == "al@ice")
        #expect(auth.password == "p:ss")
        #expect(auth.redacted == "http://***@proxy:3128")
        #expect(!"\(auth)".contains("p:ss") && !"\(auth)".contains("al"))
        #expect(throws: ProxyURLError.self) { try ProxyServer(parsing: "https://proxy:3128") }
        #expect(throws: ProxyURLError.self) { try ProxyServer(parsing: "ftp://proxy") }
        #expect(throws: ProxyURLError.self) { try ProxyServer(parsing: "http://proxy:99999") }
    }

    @Test func badProxyIsAConfigurationErrorWithoutTheCredentials() throws {
        do {
            _ = try decide(["HTTPS_PROXY": "gopher://bob:hunter2@proxy"])
            Issue.record("expected an error")
        } catch let error as LizaError {
            #expect(error.kind == .configuration)
            #expect(error.message.contains("HTTPS_PROXY"))
            #expect(!error.message.contains("hunter2"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func noProxyDecidesAloneLoopbackIncluded() throws {
        let proxy = ["HTTPS_PROXY": "http://proxy:3128", "HTTP_PROXY": "http://proxy:3128"]
        // No implicit exception for loopback.
        #expect(try decide(proxy, url: "http://127.0.0.1:8787/api").proxy != nil)
        let listed = try decide(proxy.merging(["NO_PROXY": "example.org, localhost"]) { $1 }, url: "https://localhost:8443/api")
        #expect(listed.proxy == nil)
        #expect(listed.reason == "NO_PROXY entry 'localhost' matches localhost")
        // no_proxy wins over NO_PROXY; it applies to the profile's proxy too.
        let lower = try decide(proxy.merging(["no_proxy": "nothing.test", "NO_PROXY": "*"]) { $1 })
        #expect(lower.proxy != nil)
        #expect(try decide(["NO_PROXY": "*"], profile: "http://p:1").proxy == nil)
    }

    @Test func noProxyMatching() {
        func matches(_ list: String, _ host: String, _ port: Int = 443) -> Bool { NoProxyList(list).match(host: host, port: port) != nil }
        #expect(matches("*", "anything.example"))
        #expect(matches("example.com", "example.com"))
        #expect(matches("example.com", "api.EXAMPLE.com"))
        #expect(matches(".example.com", "example.com"))
        #expect(matches(".example.com", "a.b.example.com"))
        #expect(!matches("example.com", "badexample.com"))
        #expect(!matches("api.example.com", "example.com"))
        #expect(matches("example.com.", "example.com"))
        #expect(matches("example.com:8443", "example.com", 8443))
        #expect(!matches("example.com:8443", "example.com", 443))
        #expect(matches("127.0.0.1", "127.0.0.1"))
        #expect(!matches("127.0.0.1", "127.0.0.2"))
        #expect(matches("10.0.0.0/8", "10.20.30.40"))
        #expect(!matches("10.0.0.0/8", "11.0.0.1"))
        #expect(matches("::1", "::1"))
        #expect(matches("[::1]", "[::1]"))
        #expect(matches("[::1]:8443", "::1", 8443))
        #expect(!matches("[::1]:8443", "::1", 443))
        #expect(matches("fd00::/8", "fd12:3456::1"))
        #expect(!matches("fd00::/8", "fe80::1"))
        // An IP entry does not match a host name that happens to end with it, nor the reverse.
        #expect(!matches("0.0.1", "10.0.0.1"))
        #expect(!matches("localhost", "127.0.0.1"))
        #expect(matches(" a.test ,, b.test ", "b.test"))
    }

    @Test func caBundleChoice() throws {
        let file = "/etc/hostname"
        let env = ["LIZA_CA_BUNDLE": file, "SSL_CERT_FILE": "/nonexistent"]
        let chosen = try CABundle.resolve(environment: env, profileBundle: "/also/nonexistent", profileSourceName: "ca_bundle in [profiles.x]",
                                          homeDirectory: "/root", currentDirectory: "/")
        #expect(chosen == CABundle(path: file, source: "LIZA_CA_BUNDLE"))
        let profile = try CABundle.resolve(environment: ["SSL_CERT_FILE": "/nonexistent"], profileBundle: "hostname",
                                           profileSourceName: "ca_bundle in [profiles.x]", homeDirectory: "/root", currentDirectory: "/etc")
        #expect(profile == CABundle(path: file, source: "ca_bundle in [profiles.x]"))
        let ssl = try CABundle.resolve(environment: ["SSL_CERT_FILE": file], profileBundle: nil, profileSourceName: "x",
                                       homeDirectory: "/root", currentDirectory: "/")
        #expect(ssl?.source == "SSL_CERT_FILE")
        #expect(try CABundle.resolve(environment: [:], profileBundle: nil, profileSourceName: "x", homeDirectory: "/", currentDirectory: "/") == nil)
        #expect(throws: LizaError.self) {
            try CABundle.resolve(environment: ["LIZA_CA_BUNDLE": "/nonexistent.pem"], profileBundle: nil, profileSourceName: "x",
                                 homeDirectory: "/", currentDirectory: "/")
        }
    }

    @Test func userAgentNamesVersionOSAndArchitecture() {
        let ua = LizaClient.defaultUserAgent
        #expect(ua.hasPrefix("liza/\(LizaClient.version) ("))
        #expect(ua.wholeMatch(of: /liza\/\d+\.\d+\.\d+ \((Linux|macOS); (x86_64|arm64)\)/) != nil, "\(ua)")
    }

    @Test func requestIDEndsErrorMessages() {
        let response = HTTPResponse(status: 404, headers: ["x-request-id": "req_42", "content-type": "application/json"],
                                    body: Array(#"{"message":"no such connection"}"#.utf8))
        let error = LizaError(response: response, redacting: "tok")
        #expect(error.description == "no such connection (HTTP 404, request id req_42)")
        let ray = LizaError(response: HTTPResponse(status: 502, headers: ["cf-ray": "8a1b-FRA"]), redacting: "tok")
        #expect(ray.description.hasSuffix("(HTTP 502, request id 8a1b-FRA)"))
        #expect(LizaError(response: HTTPResponse(status: 500), redacting: "t").requestID == nil)
    }
}
