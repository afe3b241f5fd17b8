import Foundation
import LizaAPI
import TUIKit

/// `v` and `ctrl-e`: the user's pager and editor on a private temporary file, with the terminal
/// handed over (`TerminalHost.runForeground`). `$PAGER`/`$VISUAL`/`$EDITOR` are run by `/bin/sh`
/// as git does, so `less -R` or `code --wait` work; the file's path is passed as `"$1"`.
enum ForegroundTools {
    /// The pager: `$PAGER`, else `less -R`.
    static func pagerCommand(_ environment: [String: String]) -> String {
        nonEmpty(environment["PAGER"]) ?? "less -R"
    }

    /// The editor: `$VISUAL`, else `$EDITOR`, else `vi`.
    static func editorCommand(_ environment: [String: String]) -> String {
        nonEmpty(environment["VISUAL"]) ?? nonEmpty(environment["EDITOR"]) ?? "vi"
    }

    static func page(_ text: String, terminal: any TerminalHost,
                     environment: [String: String] = ProcessInfo.processInfo.environment) async -> Result<Int32, AppFailure> {
        let command = pagerCommand(environment)
        return await withFile(text, suffix: ".json") { path in
            switch await terminal.runForeground(["/bin/sh", "-c", command + " \"$1\"", "liza-pager", path]) {
            case .success(0): return .success(0)
            case .success(let status): return .failure(AppFailure("the pager (\(command)) exited with status \(status)"))
            case .failure(let failure): return .failure(AppFailure("the pager (\(command)): \(failure.message)"))
            }
        }
    }

    /// The edited text (without the final line break editors add), or why not: the caller keeps its draft.
    static func edit(_ text: String, terminal: any TerminalHost,
                     environment: [String: String] = ProcessInfo.processInfo.environment) async -> Result<String, AppFailure> {
        let command = editorCommand(environment)
        return await withFile(text, suffix: ".json") { path in
            switch await terminal.runForeground(["/bin/sh", "-c", command + " \"$1\"", "liza-editor", path]) {
            case .success(0):
                guard let data = FileManager.default.contents(atPath: path) else {
                    return .failure(AppFailure("the edited body could not be read back; the draft is kept"))
                }
                var edited = String(decoding: data, as: UTF8.self)
                while edited.hasSuffix("\n") { edited.removeLast() }
                return .success(edited)
            case .success(let status):
                return .failure(AppFailure("the editor (\(command)) exited with status \(status); the draft is kept"))
            case .failure(let failure):
                return .failure(AppFailure("the editor (\(command)): \(failure.message); the draft is kept"))
            }
        }
    }

    /// Runs `body` with `text` in a new 0600 file in the temporary directory, removed afterwards.
    private static func withFile<T>(_ text: String, suffix: String, _ body: (String) async -> Result<T, AppFailure>) async -> Result<T, AppFailure> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liza-\(UUID().uuidString)\(suffix)").path
        do throws(PrivateFileError) {
            try PrivateFile.write(text, to: path)
        } catch {
            return .failure(AppFailure("cannot write a temporary file: \(error)"))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return await body(path)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
