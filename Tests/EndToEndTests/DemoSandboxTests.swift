import Foundation
import LizaAPI
import LizaApp
import LizaHTTP
import Testing
@testable import liza

/// Issue 7, item 5: `liza --demo`'s in-process sandbox has a token nobody can guess, so another
/// local process cannot drive (or try to crash) someone's demo with the well-known `demo`.
@Suite struct DemoSandboxTests {
    @Test func tokensAre64RandomHexDigits() {
        let tokens = (0..<20).map { _ in DemoSandbox.randomToken() }
        for token in tokens {
            #expect(token.count == 64 && token.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(token)")
        }
        #expect(Set(tokens).count == tokens.count)
    }

    @Test func theDemoAnswersItsOwnClientAndRefusesTheWellKnownToken() async throws {
        let demo = DemoSandbox()
        let (service, session) = try await demo.start(observer: { _ in }, isSSH: false)
        do {
            #expect(try await service.integrations().count > 0)
            #expect(session.tokenLast4?.count == 4 && session.tokenLast4 != "demo")
            let guess = LizaClient(baseURL: try BaseURL("http://\(session.host)/api"), token: "demo", transport: AsyncHTTPClientTransport.shared,
                                   retryPolicy: .none)
            do {
                _ = try await guess.integrations()
                Issue.record("the demo sandbox accepted the token 'demo'")
            } catch {
                #expect(error.kind == .auth)
            }
        } catch {
            await demo.stop()
            throw error
        }
        await demo.stop()
    }
}
