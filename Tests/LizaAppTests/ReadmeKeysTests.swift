import Foundation
import Testing

/// The README promises to list every key binding: its key section must be the list generated
/// from the keymap (`Snapshots/keybindings.md`, itself checked against the keymap), with the
/// headings one level deeper.
@Suite struct ReadmeKeysTests {
    @Test func readmeListsEveryKeyBinding() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let generated = try String(contentsOf: here.appendingPathComponent("Snapshots/keybindings.md"), encoding: .utf8)
        let readme = try String(contentsOf: here.appendingPathComponent("../../README.md").standardized, encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- KEYS-BEGIN -->\n"), "README.md lost its KEYS-BEGIN marker")
        let end = try #require(readme.range(of: "<!-- KEYS-END -->"), "README.md lost its KEYS-END marker")
        let section = String(readme[begin.upperBound..<end.lowerBound])
        let expected = generated.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("### ") ? "#" + $0 : String($0) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .newlines) + "\n"
        #expect(section == expected, "README.md's key list is out of date: copy Tests/LizaAppTests/Snapshots/keybindings.md into it (headings one level deeper)")
    }
}
