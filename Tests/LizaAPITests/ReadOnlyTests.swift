import Foundation
import Testing
@testable import LizaAPI

/// Read-only mode: where it comes from, and the client refusing every write before sending.
@Suite struct ReadOnlyTests {
    @Test func eachSourceTurnsItOnAndNamesItself() throws {
        let home = try TemporaryHome()
        try home.writeConfig("""
            [profiles.work]
            read_only = true
            [profiles.lab]
            read_only = false
            [profiles.typo]
            read_only = "yes"
            """)
        func reason(_ flags: SettingsFlags, _ extra: [String: String] = [:]) throws -> String? {
            try SettingsResolver.resolve(flags: flags, environment: home.environment.merging(extra) { $1 }).readOnly
        }
        #expect(try reason(SettingsFlags()) == nil)
        #expect(try reason(SettingsFlags(profile: "work")) == "profile 'work' is read-only")
        #expect(try reason(SettingsFlags(profile: "lab")) == nil)
        #expect(try reason(SettingsFlags(profile: "lab", readOnly: true)) == "read-only (--read-only)")
        #expect(try reason(SettingsFlags(), ["LIZA_READ_ONLY": "1"]) == "read-only (LIZA_READ_ONLY=1)")
        #expect(try reason(SettingsFlags(), ["LIZA_READ_ONLY": " true "]) == "read-only (LIZA_READ_ONLY=true)")
        // Off in the environment does not lift the profile's setting: any source turns it on.
        #expect(try reason(SettingsFlags(profile: "work"), ["LIZA_READ_ONLY": "0"]) == "profile 'work' is read-only")
        #expect(try reason(SettingsFlags(), ["LIZA_READ_ONLY": "0"]) == nil)
        // A wrong type is a warning with the line, and the entry is ignored.
        let typo = try SettingsResolver.resolve(flags: SettingsFlags(profile: "typo"), environment: home.environment)
        #expect(typo.readOnly == nil)
        #expect(typo.warnings.contains { $0.hasSuffix(":6: read_only in [profiles.typo] must be true or false, not a string; ignored") })
    }

    @Test func theClientRefusesEveryWriteWithoutSending() async throws {
        let transport = StubTransport([])
        let client = try TestClient.make(transport).refusingWrites("profile 'work' is read-only")
        let id = "6f1c2a9e-4b7d-4c1a-9e3f-0a1b2c3d4e5f"
        var refusals: [LizaError] = []
        do { try await client.deleteConnection(id: id) } catch { refusals.append(error) }
        do { _ = try await client.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm])) } catch { refusals.append(error) }
        do { _ = try await client.callback(connectionID: id) } catch { refusals.append(error) }
        for method in [HTTPMethod.POST, .PUT, .PATCH, .DELETE] {
            do { _ = try await client.passthrough(connectionID: id, PassthroughRequest(method: method, path: "/x")) } catch { refusals.append(error) }
        }
        #expect(refusals.count == 7)
        #expect(refusals.allSatisfy { $0.isReadOnlyRefusal && $0.kind == .configuration && $0.status == nil })
        #expect(refusals.first?.message == "profile 'work' is read-only: not sending DELETE connection \(id)")
        #expect(refusals.last?.message == "profile 'work' is read-only: not sending passthrough DELETE /x")
        #expect(transport.requestCount == 0, "a refused write sent something")
    }

    @Test func readsStillGoOut() async throws {
        let transport = StubTransport([.respond(HTTPResponse.json(#"{"data":[]}"#)),
                                       .respond(HTTPResponse.json(#"{"ok":true}"#))])
        let client = try TestClient.make(transport).refusingWrites("read-only (--read-only)")
        #expect(try await client.connections().isEmpty)
        let answer = try await client.passthrough(connectionID: "6f1c2a9e-4b7d-4c1a-9e3f-0a1b2c3d4e5f",
                                                  PassthroughRequest(method: .GET, path: "/x"))
        #expect(answer.status == 200)
        #expect(transport.requestCount == 2)
    }
}
