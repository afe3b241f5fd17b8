import Foundation
import OrderedJSON
import Testing
@testable import LizaAPI

@Suite struct CurlParserTests {
    func parsed(_ text: String) throws -> CurlParser.Request {
        switch CurlParser.parse(text) {
        case .success(let r): return r
        case .failure(let f): throw f
        }
    }

    @Test func quotesEscapesAndContinuations() throws {
        let r = try parsed("""
            curl -sS -X PATCH 'https://api.hubapi.com/crm/v3/objects/contacts/1?a=1' \\
              -H "Authorization: Bearer $TOKEN" \\
              -H 'Content-Type: application/json' \\
              --data-raw '{"properties":{"firstname":"Ada \\"A\\""}}'
            """)
        #expect(r.method == "PATCH")
        #expect(r.url == "https://api.hubapi.com/crm/v3/objects/contacts/1?a=1")
        #expect(r.headers == [CurlParser.Header(name: "Authorization", value: "Bearer $TOKEN"),
                              CurlParser.Header(name: "Content-Type", value: "application/json")])
        #expect(r.body == #"{"properties":{"firstname":"Ada \"A\""}}"#)
        // Single quote inside single quotes, the shell way; double quotes with escapes.
        let q = try parsed(#"curl 'https://x.test/a' -d 'it'\''s' -H "X-Note: say \"hi\" \$5""#)
        #expect(q.body == "it's")
        #expect(q.headers.first?.value == #"say "hi" $5"#)
        #expect(q.method == "POST", "data without -X is a POST, as curl does")
    }

    @Test func dataForms() throws {
        #expect(try parsed("curl https://x.test -d a=1 --data b=2").body == "a=1&b=2")
        #expect(try parsed("curl -XPUT https://x.test --data={}").method == "PUT")
        let j = try parsed(#"curl https://x.test --json '{"a":1}'"#)
        #expect(j.method == "POST" && j.body == #"{"a":1}"# && j.headers.contains { $0.name == "Content-Type" })
        let g = try parsed("curl -G https://x.test/s -d q=ada")
        #expect(g.method == "GET" && g.url == "https://x.test/s?q=ada" && g.body == nil)
        #expect(try parsed("curl --url https://x.test/u -A agent -L").url == "https://x.test/u")
    }

    @Test func mistakesAreSaid() {
        for (text, message) in [("wget https://x", "not a curl command"), ("curl 'https://x", "single quote is not closed"),
                                ("curl -X", "-X needs a value"), ("curl -F a=@f https://x", "form uploads"), ("curl -s", "no URL")] {
            guard case .failure(let f) = CurlParser.parse(text) else { Issue.record("\(text) parsed"); continue }
            #expect(f.message.contains(message), "\(text): \(f.message)")
        }
    }

    @Test func importsIntoPassthroughFields() throws {
        func fields(_ text: String) throws -> PassthroughImport.Fields {
            switch PassthroughImport.fields(fromCurl: text) {
            case .success(let f): return f
            case .failure(let f): throw f
            }
        }
        let get = try fields("curl 'https://api.hubapi.com/crm/v3/objects/contacts?limit=10&after=5'")
        #expect(get.method == .GET && get.path == "/crm/v3/objects/contacts")
        #expect(try JSONValue.parse(get.body) == .object([("limit", .string("10")), ("after", .string("5"))]))
        let post = try fields(#"curl -X POST https://api.hubapi.com/crm/v3/objects/notes?x=1 -d '{"a":1}'"#)
        #expect(post.method == .POST && post.path == "/crm/v3/objects/notes?x=1" && post.body == "{\n  \"a\": 1\n}")
        // liza's own passthrough curl is unwrapped.
        let own = try fields(CurlCommand.render(HTTPRequest(method: .POST, url: "http://127.0.0.1:9/api/v1/integrations/c1/passthrough",
            headers: ["Content-Type": "application/json"],
            body: Array(#"{"method":"PATCH","path":"/crm/v3/objects/contacts/7","data":{"b":2}}"#.utf8))))
        #expect(own.method == .PATCH && own.path == "/crm/v3/objects/contacts/7" && own.body == "{\n  \"b\": 2\n}")
        guard case .failure = PassthroughImport.fields(fromCurl: "curl -X OPTIONS https://x.test") else { Issue.record("OPTIONS imported"); return }
    }
}
