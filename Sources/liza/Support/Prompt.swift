import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Questions asked on the terminal: a yes/no confirmation and hidden input for secrets.
enum Prompt {
    /// Asks `question` on stderr and reads the answer from stdin; only `y`/`yes` is yes.
    static func confirm(_ question: String) -> Bool {
        Console.emit("\(question) [y/N] ", to: STDERR_FILENO)
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased() else {
            Console.emit("\n", to: STDERR_FILENO)
            return false
        }
        return answer == "y" || answer == "yes"
    }

    /// Reads a line from the terminal without echoing it (for tokens).
    ///
    /// Echo is switched off with termios and restored afterwards — also when SIGINT (ctrl-c),
    /// SIGTERM or SIGHUP arrives while the prompt waits: the terminal would otherwise be left not
    /// echoing. Such a signal ends the process with status 128 + the signal, as shells expect.
    static func hiddenLine(_ prompt: String) -> String? {
        Console.emit(prompt, to: STDERR_FILENO)
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine(strippingNewline: true) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        let original = saved
        let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
        // Ignored first, so a signal between here and the sources being ready cannot kill the
        // process with echo off; Dispatch then delivers them on an ordinary queue.
        for sig in stopSignals { signal(sig, SIG_IGN) }
        let sources = stopSignals.map { sig in
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                var restore = original
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &restore)
                Console.emit("\n", to: STDERR_FILENO)
                exit(128 + sig)
            }
            source.resume()
            return source
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        let line = readLine(strippingNewline: true)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
        for source in sources { source.cancel() }
        for sig in stopSignals { signal(sig, SIG_DFL) }
        return line
    }

    /// All of stdin (for `liza login` when stdin is a pipe, and `-d -`).
    static func readAllStdin() -> [UInt8] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return [UInt8](data)
    }
}
