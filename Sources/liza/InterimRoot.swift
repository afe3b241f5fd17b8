// Interim root until the full CLI lands: registers the commands that exist so far.
import ArgumentParser
import Foundation

@main
struct InterimRoot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liza", subcommands: [SandboxCommand.self, ThemesCommand.self])

    /// Like `AsyncParsableCommand.main()`, but usage errors exit 2 (the Unix convention), not 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
