import Foundation
import TUIKit
import LizaAPI

/// Opens a URL with `$BROWSER` or `xdg-open`, detached from our terminal (its output goes to
/// /dev/null so nothing scribbles over the TUI).
public enum BrowserOpener {
    /// Starts the browser; returns the command used, or why it could not.
    public static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) async -> Result<String, AppFailure> {
        guard url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else {
            return .failure(AppFailure("only http(s) URLs are opened"))
        }
        let command: [String]
        if let browser = environment["BROWSER"], !browser.trimmingCharacters(in: .whitespaces).isEmpty {
            // $BROWSER may be a list (`firefox:chromium`); use the first entry.
            let first = browser.split(separator: ":").first.map(String.init) ?? browser
            command = first.split(separator: " ").map(String.init) + [url]
        } else {
            command = ["xdg-open", url]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let (exits, exit) = AsyncStream.makeStream(of: Int32.self)
        process.terminationHandler = { p in
            exit.yield(p.terminationStatus)
            exit.finish()
        }
        do {
            try process.run()
        } catch {
            return .failure(AppFailure("\(command[0]) could not be started"))
        }
        // A launcher such as xdg-open exits at once; a browser started directly keeps running.
        // Either way we learn within a moment whether it failed (127 = not installed).
        let status: Int32? = await withTaskGroup(of: Int32?.self) { group in
            group.addTask {
                for await code in exits { return code }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(1500))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        switch status {
        case nil, 0: return .success(command[0])
        case 127: return .failure(AppFailure("\(command[0]) is not installed"))
        case let code?: return .failure(AppFailure("\(command[0]) failed (exit status \(code))"))
        }
    }
}
