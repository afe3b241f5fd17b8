/// A failure the CLI reports itself: one line on stderr (`liza: <message>`) and an exit code.
struct CLIFailure: Error, Sendable {
    let message: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    /// A usage or validation problem (exit 2): nothing was sent.
    static func usage(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: ExitStatus.usage) }
}
