import Foundation
import LizaAPI

/// "Copy as curl" and "copy as a liza command": the text goes to the clipboard through OSC 52
/// (the terminal writes it); the token is `$LIZA_TOKEN` in the curl, never itself.
enum ShellCopy {
    static func copy(app: inout AppState, as command: Command, curl: (String) throws(LizaError) -> String,
                     command line: () -> String) -> [Effect] {
        if command == .copyCommand {
            app.status.notice = "copied the liza command (OSC 52)"
            return [.copyToClipboard(line())]
        }
        guard let baseURL = app.session.baseURL else {
            app.status.error = "not copied: the API's address is not known"
            return []
        }
        do throws(LizaError) {
            let text = try curl(baseURL)
            app.status.notice = "copied as curl (OSC 52) — set LIZA_TOKEN to run it"
            return [.copyToClipboard(text)]
        } catch {
            app.status.error = "not copied: \(error.message)"
            return []
        }
    }
}
