import LizaAPI
import Testing

struct RedirectArrivalTests {
    let expected = RedirectExpectation(connectionID: "c-1", authorizationURL: "http://127.0.0.1:9/authorize/c-1?state=s%2B1#x")

    @Test func stateComesFromTheAuthorizationURL() {
        #expect(expected.state == "s+1")
        #expect(RedirectExpectation(connectionID: "c", authorizationURL: "https://x/authorize/c").state == nil)
    }

    @Test func approvedDeniedAndRefused() throws {
        #expect(try RedirectArrival.read(query: "id=c-1&state=s%2B1", expected: expected).get() == .approved)
        #expect(try RedirectArrival.read(query: nil, expected: expected).get() == .approved)
        #expect(try RedirectArrival.read(query: "error=access_denied&state=s%2B1", expected: expected).get() == .denied(error: "access_denied"))
        #expect(throws: RedirectArrival.Refusal.self) { try RedirectArrival.read(query: "id=c-2", expected: expected).get() }
        #expect(throws: RedirectArrival.Refusal.self) { try RedirectArrival.read(query: "id=c-1&state=forged", expected: expected).get() }
        // Control characters in an error never reach the terminal.
        let denied = try? RedirectArrival.read(query: "error=bad%1B%5B2Jthing", expected: expected).get()
        if case .denied(let text) = denied { #expect(!text.unicodeScalars.contains { $0.value == 0x1B }) } else { Issue.record("not denied") }
    }

    @Test func pastedAddresses() throws {
        #expect(try RedirectArrival.read(pasted: "  \n", expected: expected).get() == .approved)
        #expect(try RedirectArrival.read(pasted: "http://localhost:1/cb?id=c-1&state=s%2B1\n", expected: expected).get() == .approved)
        #expect(try RedirectArrival.read(pasted: "https://app.example/done?error=access_denied", expected: expected).get() == .denied(error: "access_denied"))
        #expect(throws: RedirectArrival.Refusal.self) { try RedirectArrival.read(pasted: "https://app.example/done?id=other", expected: expected).get() }
        #expect(throws: RedirectArrival.Refusal.self) { try RedirectArrival.read(pasted: "yes please", expected: expected).get() }
    }

    @Test func queryDecoding() {
        #expect(URLQuery.pairs("a=1&b=x+y%20z&c&=v").map { "\($0.0)=\($0.1)" } == ["a=1", "b=x y z", "c=", "=v"])
        #expect(URLQuery.decode("%zz%4") == "%zz%4")
        #expect(URLQuery.query(of: "http://h/p#f?x") == nil)
    }
}
