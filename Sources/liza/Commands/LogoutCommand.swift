import ArgumentParser
import Foundation
import LizaAPI

/// `liza logout`: removes a profile's token from `credentials.toml`.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Remove the stored token of a profile."
    )

    @Option(help: ArgumentHelp("The profile (else LIZA_PROFILE, else default_profile, else default).", valueName: "name"),
            completion: ShellCompletion.profiles)
    var profile: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console()
        // Only the profile and the paths are needed: a bad base URL must not block logging out.
        let paths = LizaPaths(environment: environment)
        let config = ConfigFile.load(from: paths.configFile)
        for warning in config.warnings { console.warn(warning) }
        let (name, _) = SettingsResolver.resolveProfile(flag: profile, environment: environment, config: config)
        let store = CredentialsStore(paths: paths)
        let removed: Bool
        do {
            removed = try store.removeToken(forProfile: name)
        } catch {
            throw CLIFailure(error.message, exitCode: ExitStatus.code(for: error))
        }
        if removed {
            console.err("Removed the token of profile '\(name)' from \(paths.abbreviated(store.path)).")
        } else {
            console.err("No token stored for profile '\(name)'.")
        }
        if !(environment["LIZA_TOKEN"] ?? "").isEmpty {
            console.warn("LIZA_TOKEN is still set in your environment")
        }
    }
}
