import Testing
import OrderedJSON

@Suite("JSON pretty printer")
struct JSONPrettyPrinterTests {
    @Test func printsIndentedWithKeyOrder() throws {
        let value = try JSONValue.parse(#"{"b":1,"a":[true,null,{"c":"x"}],"e":{},"f":[]}"#)
        #expect(value.prettyPrinted() == """
        {
          "b": 1,
          "a": [
            true,
            null,
            {
              "c": "x"
            }
          ],
          "e": {},
          "f": []
        }
        """)
    }

    @Test func customIndentAndScalars() {
        let value = JSONValue.object([(key: "k", value: .array([.number("1.0")]))])
        #expect(value.prettyPrinted(indent: 4) == "{\n    \"k\": [\n        1.0\n    ]\n}")
        #expect(JSONValue.string("a\"b\n").prettyPrinted() == #""a\"b\n""#)
        #expect(JSONValue.null.prettyPrinted() == "null")
        #expect(JSONValue.array([]).prettyPrinted() == "[]")
    }
}
