import Foundation

extension TmuxSession {
    /// The fields of `/proc/<pid>/stat` the end-to-end tests use: parent, and CPU time in clock ticks.
    public struct ProcessStat: Hashable, Sendable {
        public var pid: Int32
        public var command: String
        public var parent: Int32
        /// User-mode CPU time, in clock ticks.
        public var userTicks: Int
        /// Kernel-mode CPU time, in clock ticks.
        public var systemTicks: Int
        /// `userTicks + systemTicks`.
        public var cpuTicks: Int { userTicks + systemTicks }

        /// Reads the process's stat line; nil when the process does not exist.
        public init?(pid: Int32) {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
            self.init(pid: pid, statLine: text)
        }

        /// Parses a stat line. The command is in parentheses and may itself contain spaces or ')'.
        public init?(pid: Int32, statLine text: String) {
            guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
            let fields = text[text.index(after: close)...].split(separator: " ")
            // After the command: state(0) ppid(1) … utime(11) stime(12).
            guard fields.count > 12, let parent = Int32(fields[1]), let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
            self.pid = pid
            self.command = String(text[text.index(after: open)..<close])
            self.parent = parent
            self.userTicks = user
            self.systemTicks = system
        }
    }
}
