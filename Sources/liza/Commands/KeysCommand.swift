import ArgumentParser
import Foundation
import LizaAPI
import LizaApp
import TUIKit

/// `liza keys`: the TUI's key bindings in effect (the defaults with `[keys.…]` from
/// `config.toml`), as config text that can be copied; `--check` validates a config file's
/// `[keys.…]` tables (and the rest of it), prints `FILE:LINE: reason` for each problem and exits
/// with status 2 if there is one.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Show the TUI's key bindings in effect, or check the [keys.…] remapping in config.toml.",
        discussion: """
            Remap keys in $XDG_CONFIG_HOME/liza/config.toml (default ~/.config/liza/config.toml) with one \
            table per key context, COMMAND = "KEY" or COMMAND = ["KEY", …]; the contexts and commands are \
            the ones this command prints (and the help overlay shows), e.g.

              [keys.records]
              load_all = "A"

              [keys.global]
              quit = "Q"

            A key list replaces the command's default keys; [] unbinds it. Unknown contexts, commands \
            and key names, and a key given to two commands of one context, are reported and the \
            defaults kept.
            """)

    @Flag(name: .long, help: "Check a config file instead of printing; exit status 2 on a problem.")
    var check = false

    @Argument(help: ArgumentHelp("The config file (default: the one liza reads).", valueName: "file"))
    var file: String?

    func validate() throws {
        if file != nil && !check {
            throw ValidationError("A file is only taken with --check.")
        }
    }

    func run() throws {
        let path = file ?? LizaPaths(environment: ProcessInfo.processInfo.environment).configFile
        let config = readConfig(path)
        let (keys, problems) = AppKeys.remapped(by: config.keyAssignments, file: path)
        if check {
            let all = config.warnings + problems
            if all.isEmpty {
                Console.emit("\(Sanitizer.sanitize(path)): ok\n", to: STDOUT_FILENO)
                return
            }
            Console.emit(all.map { Sanitizer.sanitize($0) + "\n" }.joined(), to: STDERR_FILENO)
            throw ExitCode(2)
        }
        var out = keys.configText
        if !problems.isEmpty || !config.warnings.isEmpty {
            out += "\n# Problems in \(path) (those lines are ignored):\n"
            out += (config.warnings + problems).map { "#   \($0)\n" }.joined()
        }
        Console.emit(out.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.sanitize(String($0)) }.joined(separator: "\n"), to: STDOUT_FILENO)
    }

    /// The config file; a file named on the command line must exist.
    private func readConfig(_ path: String) -> ConfigFile {
        if file != nil, !FileManager.default.fileExists(atPath: path) {
            return ConfigFile(warnings: ["\(path): no such file"], exists: false)
        }
        return ConfigFile.load(from: path)
    }
}
