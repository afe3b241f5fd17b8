import Foundation

/// Reads the process environment (kept behind one function so callers can pass their own).
enum ProcessEnvironment {
    static func current() -> [String: String] { ProcessInfo.processInfo.environment }
}
