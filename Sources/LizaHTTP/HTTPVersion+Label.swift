import NIOHTTP1

extension HTTPVersion {
    /// `HTTP/1.1`, `HTTP/1.0`, `HTTP/2`, `HTTP/3`: as the request log shows it.
    var label: String {
        major >= 2 && minor == 0 ? "HTTP/\(major)" : "HTTP/\(major).\(minor)"
    }
}
