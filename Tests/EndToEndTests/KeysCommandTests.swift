import Foundation
import Testing

/// `liza keys` prints the bindings in effect; `liza keys --check` validates `[keys.…]`.
@Suite(.timeLimit(.minutes(5)))
struct KeysCommandTests {
    @Test func printsTheEffectiveMapWithTheUsersRemapping() async throws {
        let runner = try CLIRunner(baseURL: nil, token: nil)
        try FileManager.default.createDirectory(atPath: runner.root + "/config/liza", withIntermediateDirectories: true)
        try "[keys.records]\nload_all = \"A\"\n".write(toFile: runner.root + "/config/liza/config.toml", atomically: true, encoding: .utf8)
        let result = try await runner.run(["keys"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.contains("[keys.records]  # Records"))
        #expect(result.lines.contains { $0.hasPrefix("load_all") && $0.contains("= \"A\"") })
        #expect(result.lines.contains { $0.hasPrefix("quit") && $0.contains("= \"q\"") })
    }

    @Test func checkReportsFileLineAndExits2() async throws {
        let runner = try CLIRunner(baseURL: nil, token: nil)
        let good = runner.root + "/good.toml"
        let bad = runner.root + "/bad.toml"
        try "[keys.global]\nquit = \"Q\"\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "[keys.global]\nquit = \"Q\"\n\n[keys.records]\nload_all = \"o\"\nnope = \"x\"\n".write(toFile: bad, atomically: true, encoding: .utf8)

        let ok = try await runner.run(["keys", "--check", good])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        #expect(ok.stdout == "\(good): ok\n")

        let failed = try await runner.run(["keys", "--check", bad])
        #expect(failed.exitCode == 2)
        #expect(failed.stderr.contains("\(bad):5: o is already bound to sort_next in [keys.records]"))
        #expect(failed.stderr.contains("\(bad):6: unknown command 'nope' in [keys.records]"))

        let missing = try await runner.run(["keys", "--check", runner.root + "/none.toml"])
        #expect(missing.exitCode == 2)
    }
}
