import Foundation

/// Quoting for POSIX shells: a word that needs it goes in single quotes (`'` becomes `'\''`),
/// so nothing in it — `$`, backquotes, globs, spaces — is interpreted.
public enum ShellQuote {
    /// Characters a word may hold and still be left bare.
    static let bare = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%")

    /// `word` as the shell reads it back unchanged.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ bare.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The words quoted and joined with spaces.
    public static func join(_ words: [String]) -> String { words.map(quote).joined(separator: " ") }
}
