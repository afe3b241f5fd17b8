/// Whether liza runs over SSH, where a browser on the user's machine cannot reach a listener
/// on this one's loopback (so the connect flow asks for the pasted address instead).
enum RemoteSession {
    static func isSSH(_ environment: [String: String]) -> Bool {
        ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"].contains { !(environment[$0] ?? "").isEmpty }
    }

    /// True when the locale says UTF-8 (LC_ALL, then LC_CTYPE, then LANG), for the QR code.
    static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let l = locale.lowercased()
        return l.contains("utf-8") || l.contains("utf8")
    }
}
