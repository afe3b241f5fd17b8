import Testing
import OrderedJSON

@Suite("JSON parser")
struct JSONParserTests {
    @Test("valid documents parse", arguments: [
        "null", "true", "false", "0", "-0", "1", "-12", "12.50", "1e10", "1E+2", "-1.5e-3", "\"\"", "\"a\"",
        "[]", "{}", " [ 1 , 2 ] ", "{\"a\":[{\"b\":null}]}", "\n\t\r 42 \n", "[[[]]]", "{\"\":0}",
        "\"\\u0000\"", "\"\\/\"", "[1,\"x\",true,null,{\"k\":[]}]",
    ])
    func validCorpus(text: String) throws {
        _ = try JSONValue.parse(text)
    }

    @Test("invalid documents are rejected", arguments: [
        "", "   ", "[", "]", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "['a']", "01", "-", "1.", ".5", "1e",
        "1e+", "+1", "tru", "nul", "True", "NaN", "Infinity", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "\"abc",
        "\"\\x\"", "\"\\u12\"", "\"\\uZZZZ\"", "\"a\tb\"", "\"a\nb\"", "[1] [2]", "1 2", "// c\n1", "/* c */ 1",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "[,1]", "{,}", "[\"a\":1]", "-01", "00",
    ])
    func invalidCorpus(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func keepsKeyOrderAndDuplicates() throws {
        let value = try JSONValue.parse(#"{"zeta":1,"alpha":2,"mid":3,"alpha":4}"#)
        let keys = value.objectValue?.map(\.key)
        #expect(keys == ["zeta", "alpha", "mid", "alpha"])
        #expect(value["alpha"] == .number("2"))
    }

    @Test func keepsNumberLiteralsExactly() throws {
        let text = #"[12345678901234567890123456789,0.1000000000000000055511151231257827,1E400,-0.0,12.50]"#
        let value = try JSONValue.parse(text)
        #expect(value == .array([
            .number("12345678901234567890123456789"), .number("0.1000000000000000055511151231257827"),
            .number("1E400"), .number("-0.0"), .number("12.50"),
        ]))
        #expect(value.serialized() == text)
    }

    @Test func unicodeEscapesAndSurrogatePairs() throws {
        #expect(try JSONValue.parse(#""\u00e9\u4E2D""#) == .string("é中"))
        #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONValue.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{08}\u{0C}\n\r\t"))
        #expect(try JSONValue.parse("\"raw 😀 中文 e\u{301}\"") == .string("raw 😀 中文 e\u{301}"))
    }

    @Test func loneSurrogateIsAnError() throws {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(#""\ude00\ud83d""#) }
        do {
            _ = try JSONValue.parse(#"["ok", "\ud83d x"]"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unpaired surrogate in \\u escape")
            #expect(error.column == 9)
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        let cases: [[UInt8]] = [
            [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22], [0x5B, 0xFF, 0x5D],
        ]
        for bytes in cases {
            #expect(throws: JSONParseError.self) { try JSONValue.parse(bytes: bytes) }
        }
        do {
            _ = try JSONValue.parse(bytes: [0x22, 0x61, 0xFF, 0x22])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "invalid UTF-8")
            #expect(error.offset == 2)
        }
        #expect(try JSONValue.parse(bytes: Array("\"é😀\"".utf8)) == .string("é😀"))
    }

    @Test func bytesFromNonContiguousCollection() throws {
        let bytes = Array("{\"a\":[1,2]}".utf8)
        let lazy = bytes.lazy.map { $0 }
        #expect(try JSONValue.parse(bytes: lazy) == .object([(key: "a", value: .array([.number("1"), .number("2")]))]))
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONValue.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number("1")]))
    }

    @Test("error positions and messages", arguments: [
        ("{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}' after object member"),
        ("[1, 2\n, 3 4]", 2, 5, "expected ',' or ']' after array element"),
        ("{\n  \"a\" 1\n}", 2, 7, "expected ':' after object key"),
        ("{\"a\":1,}", 1, 8, "expected string key after ','"),
        ("[1,]", 1, 4, "expected a value, found ']'"),
        ("\"héllo\" x", 1, 9, "unexpected data after the JSON value"),
        ("[\"中文\", tru]", 1, 8, "invalid literal, expected 'true'"),
        ("[1", 1, 3, "unexpected end of input, expected ',' or ']' after array element"),
        ("", 1, 1, "empty input, expected a JSON value"),
        ("[01]", 1, 2, "leading zeros are not allowed in numbers"),
        ("\"a\u{01}\"", 1, 3, "control character in string (must be escaped)"),
        ("  \"abc", 1, 3, "unterminated string"),
        ("[\"\\q\"]", 1, 3, "invalid escape '\\q' in string"),
        ("\r\n\r\n  @", 3, 3, "expected a value, found '@'"),
        ("{\"😀\":1,\"e\u{301}\":2 3}", 1, 14, "expected ',' or '}' after object member"),
    ])
    func errorPositions(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONValue.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message == message)
            #expect(error.description == "line \(line), column \(column): \(message)")
        }
    }

    @Test func deepNestingIsRejectedNotCrashing() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSONValue.parse(ok)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(tooDeep) }
        let hostile = String(repeating: "{\"a\":[", count: 100_000)
        do {
            _ = try JSONValue.parse(hostile)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "nesting deeper than 512 levels")
        }
        #expect(throws: JSONParseError.self) { try JSONValue.parse("[[[1]]]", maxDepth: 2) }
        #expect(try JSONValue.parse("[[1]]", maxDepth: 2) == .array([.array([.number("1")])]))
    }

    @Test func roundTripsThroughSerializedAndPretty() throws {
        let texts = [
            #"{"id":"501","name":"Ada \"Lovelace\"","tags":["a","b"],"n":1.50,"ok":true,"none":null,"nested":{"x":[]}}"#,
            #"[{"a":{}},[],[[1]],"\u0001\u2028"]"#,
            #""line\nbreak""#,
        ]
        for text in texts {
            let value = try JSONValue.parse(text)
            #expect(try JSONValue.parse(value.serialized()) == value)
            #expect(try JSONValue.parse(value.prettyPrinted()) == value)
            #expect(try JSONValue.parse(value.prettyPrinted(indent: 0)) == value)
        }
        #expect(try JSONValue.parse(texts[0]).serialized() == texts[0])
    }

    @Test func serializedEscapesExactly() throws {
        // Every C0 control, DEL, quote, backslash and the JavaScript line separators; the rest
        // (é, 中, an emoji) is copied as UTF-8.
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let value = JSONValue.string("a\"b\\c" + controls + "\u{7F}é中\u{2028}x\u{2029}🙂")
        let expected = #""a\"b\\c\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#
            + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007fé中\u2028x\u2029🙂""#
        #expect(value.serialized() == expected)
        #expect(try JSONValue.parse(value.serialized()) == value)
        // A lone E2 80 prefix that is not U+2028/9 (U+2020 †) stays as it is; so does text ending in E2.
        #expect(JSONValue.string("†‡").serialized() == "\"†‡\"")
        var viaString = ""
        JSONValue.writeEscaped("k\"ey", to: &viaString)
        #expect(viaString == #""k\"ey""#)
        #expect(JSONValue.object([("", .array([])), ("n", .number("-1.50e3"))]).serialized() == #"{"":[],"n":-1.50e3}"#)
    }

    @Test func largeArrayParses() throws {
        let text = "[" + (0..<50_000).map { "{\"i\":\($0)}" }.joined(separator: ",") + "]"
        let value = try JSONValue.parse(text)
        #expect(value.arrayValue?.count == 50_000)
        #expect(value[49_999]?["i"] == .number("49999"))
    }
}
