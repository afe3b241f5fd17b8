import LizaAPI
import LizaSandbox
import LizaTesting
import Testing

@Suite(.timeLimit(.minutes(3)))
struct ConnectionDoctorTests {
    @Test func probesEveryObjectTypeAndReportsAnInjectedFault() async throws {
        let sandbox = try await TestSandbox.start()
        do {
            let client = try sandbox.server.makeClient(retryPolicy: RetryPolicy(maxRetries: 0))
            let hubspot = try #require(try await client.connections().first { $0.integrationType == "hubspot" })
            await sandbox.server.setObjectFault(ObjectFault(connectionID: hubspot.id, category: "crm", object: "deal"), status: 401)
            let probes = await ConnectionDoctor(client: client, concurrency: 3).examine(hubspot)
            #expect(probes.map { "\($0.category.rawValue)/\($0.objectType)" } == ConnectionDoctor.plan(for: hubspot).map { "\($0.category.rawValue)/\($0.name)" })
            #expect(!probes.isEmpty)
            let failed = probes.filter { !$0.outcome.passed }
            #expect(failed.map(\.objectType) == ["deal"])
            #expect(failed.first?.outcome == .status(401))
            #expect(failed.first?.outcome.hint == "the provider's authorization was revoked — relink")
            // Cleared by reset.
            await sandbox.reset()
            #expect(await ConnectionDoctor(client: client).examine(hubspot).allSatisfy(\.outcome.passed))
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    @Test func outcomesAndLabels() {
        #expect(ProbeOutcome(LizaError(kind: .server, status: 503, message: "x")).label == "5xx")
        #expect(ProbeOutcome(LizaError(kind: .timeout, message: "x")) == .timeout)
        #expect(ProbeOutcome(LizaError(kind: .rateLimited, status: 429, message: "x")).label == "429")
        #expect(ProbeOutcome(LizaError(kind: .forbidden, status: 403, message: "x")).hint?.contains("scope") == true)
        #expect(ProbeOutcome.ok.hint == nil)
    }
}
