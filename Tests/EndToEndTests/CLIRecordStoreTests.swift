import Foundation
import LizaAPI
import LizaSandbox
import LizaStore
import OrderedJSON
import Testing

/// The record store through the real binary: `--sync` (full, then incremental after
/// `/_sandbox/mutate`), CSV parsed back, `--offline`, `export --from-cache` with no network,
/// `liza cache`, and `liza cache clear` leaving no database behind.
@Suite(.timeLimit(.minutes(5)))
struct CLIRecordStoreTests {
    static let token = "liza_store_e2e_token"

    @Test func syncExportOfflineAndClear() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 5, recordsPerObject: 250,
                                                                  hostile: true, rateLimitPerMinute: 0))
        do {
            try await run(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func run(_ server: SandboxServer) async throws {
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        try FileManager.default.createDirectory(atPath: runner.root + "/config/liza", withIntermediateDirectories: true)
        try "[profiles.default]\ncache = \"persist\"\n".write(toFile: runner.root + "/config/liza/config.toml", atomically: true, encoding: .utf8)
        let conn = server.seededConnectionIDs[0]
        let cacheFolder = runner.root + "/home/.cache/liza"
        func listRequests() async -> Int { await server.receivedRequests().filter { $0.path.hasSuffix("/crm/contact") }.count }

        // The records as the server sends them, and the same through the store as CSV.
        let ndjson = try await runner.run(["records", conn, "crm", "contact", "--all", "--format", "ndjson"])
        #expect(ndjson.exitCode == 0, "\(ndjson.stderr)")
        let records = try ndjson.lines.map { try JSONValue.parse($0) }
        #expect(records.count == 250)

        let synced = try await runner.run(["records", conn, "crm", "contact", "--sync", "--format", "csv"])
        #expect(synced.exitCode == 0, "\(synced.stderr)")
        let table = try CSV.parse(synced.stdout)
        let header = try #require(table.first)
        #expect(header == RecordColumnChoice.choose(records))
        #expect(table.count == 251)
        for (row, record) in zip(table.dropFirst(), records) {
            let cells = RecordCells.texts(record)
            #expect(row == header.map { cells[$0] ?? "" })
        }
        #expect(PrivateFile.mode(of: cacheFolder) == 0o700)
        #expect(PrivateFile.mode(of: cacheFolder + "/records-default.sqlite") == 0o600)

        // Ten changed records: the re-sync reads one page.
        let status = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/mutate", token: Self.token,
            json: #"{"connection_id":"\#(conn)","category":"crm","object":"contact","change":10}"#)
        #expect(status == 200)
        let before = await listRequests()
        let resync = try await runner.run(["records", conn, "crm", "contact", "--sync", "--format", "ndjson"])
        #expect(resync.exitCode == 0, "\(resync.stderr)")
        #expect(await listRequests() - before == 1)
        #expect(resync.lines.count == 250)
        #expect(resync.stdout.contains("(edit 1)"))

        // No network: a base URL nobody listens on.
        let offlineEnvironment = ["LIZA_BASE_URL": "http://127.0.0.1:9/api"]
        let exported = try await runner.run(["export", conn, "crm", "contact", "--format", "csv", "--from-cache"], extraEnvironment: offlineEnvironment)
        #expect(exported.exitCode == 0, "\(exported.stderr)")
        #expect(try CSV.parse(exported.stdout).count == 251)
        let offline = try await runner.run(["records", conn, "crm", "contact", "--offline", "--query", "edit 1", "--all", "--format", "json"],
                                           extraEnvironment: offlineEnvironment)
        #expect(offline.exitCode == 0, "\(offline.stderr)")
        #expect(try JSONValue.parse(offline.stdout).arrayValue?.count == 10)
        let file = runner.root + "/contacts.tsv"
        let toFile = try await runner.run(["export", conn, "crm", "contact", "--format", "tsv", "--offline", "--output", file], extraEnvironment: offlineEnvironment)
        #expect(toFile.exitCode == 0, "\(toFile.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 251)
        let again = try await runner.run(["export", conn, "crm", "contact", "--offline", "--output", file], extraEnvironment: offlineEnvironment)
        #expect(again.exitCode == 2)
        #expect(again.stderr.contains("exists"))

        let cache = try await runner.run(["cache"])
        #expect(cache.exitCode == 0, "\(cache.stderr)")
        #expect(cache.stdout.contains("\(conn)\tcrm\tcontact\t250\t10\t"), "\(cache.stdout)")

        let clearOne = try await runner.run(["cache", "clear", conn])
        #expect(clearOne.exitCode == 0, "\(clearOne.stderr)")
        #expect(try await runner.run(["cache", "--json"]).stdout.contains("\"collections\":[]"))
        let clear = try await runner.run(["cache", "clear"])
        #expect(clear.exitCode == 0, "\(clear.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
        #expect(left.isEmpty, "\(left)")
    }
}

/// A strict RFC 4180 reader for the test: CRLF record ends, quoted fields with doubled quotes.
enum CSV {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw Malformed() }
                row.append(field); field = ""
                rows.append(row); row = []
            } else if c == "\n" {
                throw Malformed()
            } else {
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed() }
        return rows
    }
}
