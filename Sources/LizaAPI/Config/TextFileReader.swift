import Foundation

/// Reads a small UTF-8 text file, telling "missing" apart from "unreadable".
enum TextFileReader {
    enum Outcome {
        case missing
        case text(String)
        /// The file exists but could not be read; the reason is for a message.
        case failed(String)
    }

    /// Larger files are not configuration; refusing them keeps a mistaken path from eating memory.
    static let maximumSize = 1 << 20

    static func read(_ path: String) -> Outcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .failed("is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { return .failed("cannot be read (check its permissions)") }
        if data.count > maximumSize { return .failed("is larger than 1 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { return .failed("is not UTF-8 text") }
        return .text(text)
    }
}
