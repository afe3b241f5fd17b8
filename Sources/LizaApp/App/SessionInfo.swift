import Foundation
import TUIKit
import LizaAPI
/// What the header shows about the API we talk to. Never holds the token itself.
public struct SessionInfo: Hashable, Sendable {
    /// The API host, e.g. `api.eu.liza.app` or `127.0.0.1:53211`.
    public var host: String
    /// The settings profile (`demo` for `--demo`).
    public var profile: String
    /// True when talking to the in-process sandbox (`--demo`); the header says DEMO.
    public var isDemo: Bool
    /// Where the token came from (`env`, `config`, `flag`, `demo`), shown with `tokenLast4`.
    public var tokenSource: String?
    /// The last four characters of the token, the only part ever shown.
    public var tokenLast4: String?
    /// True inside an SSH session: opening a browser is not offered.
    public var isSSH: Bool
    /// `liza --offline`: the stored records, no network; the header says OFFLINE.
    public var isOffline = false
    /// Why writes are refused (`profile 'work' is read-only`), or nil: the header says
    /// READ-ONLY, write keys show as disabled and write effects are refused before they run.
    public var readOnly: String?
    /// The API base URL, for "copy as curl" (nil: unknown, e.g. on the welcome screen).
    public var baseURL: String?

    /// - Parameters: see the properties; `tokenLast4` is at most the last four characters.
    public init(host: String, profile: String = "default", isDemo: Bool = false, tokenSource: String? = nil,
                tokenLast4: String? = nil, isSSH: Bool = false) {
        self.host = host; self.profile = profile; self.isDemo = isDemo
        self.tokenSource = tokenSource; self.tokenLast4 = tokenLast4; self.isSSH = isSSH
    }

    /// The host part of a base URL (`https://api.eu.liza.app/api` → `api.eu.liza.app`).
    public static func host(ofBaseURL url: String) -> String {
        var s = Substring(url)
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if let slash = s.firstIndex(of: "/") { s = s[..<slash] }
        if let at = s.lastIndex(of: "@") { s = s[s.index(after: at)...] }
        return String(s)
    }
}
