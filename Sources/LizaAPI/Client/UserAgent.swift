/// `User-Agent: liza/0.1.0 (Linux; x86_64)`: the version, the OS and the CPU, so the API's
/// operators can tell builds apart. Nothing about the user or the machine beyond that.
public enum UserAgent {
    /// `liza/<version> (<os>; <arch>)`.
    public static func string(version: String) -> String { "liza/\(version) (\(operatingSystem); \(architecture))" }

    /// `Linux`, `macOS`, … (compile-time: the binary only runs on the one it was built for).
    public static var operatingSystem: String {
        #if os(Linux)
        return "Linux"
        #elseif os(macOS)
        return "macOS"
        #elseif os(Windows)
        return "Windows"
        #elseif os(FreeBSD)
        return "FreeBSD"
        #else
        return "unknown OS"
        #endif
    }

    /// `x86_64`, `arm64`, ….
    public static var architecture: String {
        #if arch(x86_64)
        return "x86_64"
        #elseif arch(arm64)
        return "arm64"
        #elseif arch(i386)
        return "i386"
        #elseif arch(arm)
        return "arm"
        #else
        return "unknown"
        #endif
    }
}
