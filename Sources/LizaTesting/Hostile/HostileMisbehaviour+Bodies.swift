import OrderedJSON

/// The bodies of the content misbehaviours: well-formed HTTP carrying hostile JSON (or not-JSON).
extension HostileMisbehaviour {
    func contentBody(for endpoint: HostileEndpoint, normal: [UInt8]) -> [UInt8] {
        typealias D = HostileDocuments
        switch self {
        case .wrongTypes:
            return Array(Self.wrongTypes(for: endpoint).utf8)
        case .wrongShapes:
            return Array(Self.wrongShapes(for: endpoint).utf8)
        case .null:
            return Array("null".utf8)
        case .hugeNumbers:
            return Array(Self.hugeNumbers(for: endpoint).utf8)
        case .deepNesting:
            return Array(String(repeating: "[", count: 200_000).utf8) + Array(String(repeating: "]", count: 200_000).utf8)
        case .deepObjectNesting:
            return Array(String(repeating: #"{"a":"#, count: 200_000).utf8) + Array("1".utf8) + Array(String(repeating: "}", count: 200_000).utf8)
        case .deepButLegal:
            var deep = JSONValue.string("bottom")
            for level in 0..<500 { deep = level % 2 == 0 ? .array([deep]) : .object([(key: "d", value: deep)]) }
            return Array(Self.addingMember((key: "deep", value: deep), to: D.normal(for: endpoint)).serialized().utf8)
        case .invalidUTF8:
            // A marker in every string is replaced by bytes that are not UTF-8: 0xFF, an
            // overlong '/', an encoded surrogate half.
            let marked = D.normal(for: endpoint).mappingStrings { s, _ in "\u{E000}" + s }
            return Self.replacing(Array("\u{E000}".utf8), with: [0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80], in: Array(marked.serialized().utf8))
        case .byteOrderMark:
            return [0xEF, 0xBB, 0xBF] + normal
        case .duplicateKeys:
            return Array(D.normal(for: endpoint).duplicatingKeys().serialized().utf8)
        case .hugeString:
            // Built as text around a placeholder: serializing 8 MiB character by character for
            // every request would make the server the slow part.
            let placeholder = "\u{E001}"
            let text = D.normal(for: endpoint).replacingFirstString(with: placeholder).serialized()
            return Self.replacing(Array(JSONValue.string(placeholder).serialized().utf8), with: HostileTexts.hugeJSONLiteral, in: Array(text.utf8))
        case .truncatedJSON:
            return Array(normal.prefix(max(1, normal.count / 2)))
        case .endlessPaging:
            guard case .records = endpoint, endpoint.isList else { return normal }
            let page = D.o(["data": .array((1...100).map(D.record)), "has_more": .bool(true), "total": D.n("1000000")])
            return Array(page.serialized().utf8)
        case .nestedEnvelopes:
            let document: JSONValue
            if let items = D.items(for: endpoint) {
                document = D.o(["data": D.o(["data": D.o(["data": D.o(["items": .array(items), "has_more": .bool(false)])])]), "meta": D.o(["v": D.n("1")])])
            } else {
                document = D.o(["data": D.o(["data": D.o(["data": D.single(for: endpoint)])]), "status": D.s("ok")])
            }
            return Array(document.serialized().utf8)
        case .escapeSequences:
            let escapes = HostileTexts.escapes
            // Every value laced (each with the next attack), keys left readable so decoding
            // succeeds and the laced values reach the output; one extra member per object has
            // a laced key (it becomes a column name).
            let laced = D.normal(for: endpoint).mappingStrings { s, i in s + escapes[i % escapes.count] }
            return Array(Self.withLacedExtras(laced, endpoint: endpoint).serialized().utf8)
        default:
            return normal
        }
    }

    /// Adds a member whose key and value are escape sequences to every object of the document's
    /// items (records get a laced column header; single objects a laced field).
    static func withLacedExtras(_ value: JSONValue, endpoint: HostileEndpoint) -> JSONValue {
        let extra = (key: "\u{1B}]2;\(HostileTexts.title)\u{07}\u{9B}31mkey\u{202E}", value: JSONValue.string(HostileTexts.escapes[1]))
        switch value {
        case .array(let items):
            return .array(items.map { item in
                guard case .object(var pairs) = item else { return item }
                pairs.append(extra)
                return .object(pairs)
            })
        case .object(var pairs):
            if let i = pairs.firstIndex(where: { $0.key == "data" }), case .array = pairs[i].value {
                pairs[i].value = withLacedExtras(pairs[i].value, endpoint: endpoint)
            } else {
                pairs.append(extra)
            }
            return .object(pairs)
        default:
            return value
        }
    }

    /// `member` added to the document's items (lists) or to the object itself.
    static func addingMember(_ member: (key: String, value: JSONValue), to value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map { addingMember(member, to: $0) })
        case .object(var pairs):
            if let i = pairs.firstIndex(where: { $0.key == "data" }), case .array = pairs[i].value {
                pairs[i].value = addingMember(member, to: pairs[i].value)
            } else {
                pairs.append(member)
            }
            return .object(pairs)
        default:
            return value
        }
    }

    static func replacing(_ marker: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacement.count * 4)
        var i = 0
        while i < bytes.count {
            if i + marker.count <= bytes.count, bytes[i..<(i + marker.count)].elementsEqual(marker) {
                out += replacement
                i += marker.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    static func wrongTypes(for endpoint: HostileEndpoint) -> String {
        switch endpoint {
        case .integrations:
            return #"[{"type":42,"name":true,"categories":"crm,bogus"},{"type":"zendesk","name":{"en":"Zendesk"},"categories":{"crm":true}},{"type":"x","name":null,"categories":[1,null,["crm"]]}]"#
        case .connections:
            return "[" + wrongConnection + "," + wrongConnection + "]"
        case .connection, .callback, .deleteConnection:
            return wrongConnection
        case .connect:
            return #"{"url":"https://auth.example.com/authorize","connection_id":12345,"expires":{"in":"soon"}}"#
        case .records(_, let category, _) where category == "enrichment":
            return #"{"name":5,"email":["a@example.com"],"company":{"n":1},"title":null}"#
        case .records:
            return #"{"data":[{"id":{"a":1},"name":["x",{"y":null}],"emails":"not-an-array","updated_at":12345,"amount":"12.5"},"a string record",7,null,[1,2],true],"has_more":"yes","total":"many","limit":{},"offset":[]}"#
        case .passthrough, .other:
            return #"[1,"two",{"three":[null,true]}]"#
        }
    }

    static let wrongConnection = #"{"id":7,"integration_type":true,"categories":5,"status":["active"],"created_at":20260101,"is_paused":"maybe","permissions":"all","last_healthy_at":{"t":1},"external_xref":[]}"#

    static func wrongShapes(for endpoint: HostileEndpoint) -> String {
        switch endpoint {
        case .integrations: return #"[1,"two",null,[3]]"#
        case .connections: return #"{"data":"not a list","total":{}}"#
        case .connection, .deleteConnection: return #"[{"id":"conn-1"}]"#
        case .callback: return #""just a string""#
        case .connect: return #"{"url":{"href":"https://auth.example.com"},"connection_id":["conn-1"]}"#
        case .records(_, let category, _) where category == "enrichment": return "[1,2,3]"
        case .records: return #"{"data":{"id":"r1"},"items":7}"#
        case .passthrough, .other: return #""a JSON string, not an object""#
        }
    }

    static func hugeNumbers(for endpoint: HostileEndpoint) -> String {
        let connection = #"{"id":1e400,"integration_type":"hubspot","categories":["crm"],"is_paused":18446744073709551616,"created_at":-1e400,"count":9223372036854775807,"last_unhealthy_code":-9223372036854775809}"#
        switch endpoint {
        case .integrations:
            return #"[{"type":18446744073709551616,"name":1e400,"categories":[1e400,-1e400],"popularity":123456789012345678901234567890},{"type":"big","name":"Big","categories":["crm"],"rank":-9223372036854775809}]"#
        case .connections:
            return "[" + connection + "]"
        case .connection, .callback, .deleteConnection:
            return connection
        case .connect:
            return #"{"url":"https://auth.example.com/authorize","connection_id":18446744073709551616,"expires_in":1e400}"#
        case .records(_, let category, _) where category == "enrichment":
            return #"{"name":"Big","employees":1e400,"revenue":18446744073709551616}"#
        case .records:
            let record = #"{"id":9223372036854775807,"name":"Big","amount":1e400,"size":18446744073709551616,"tiny":1e-400,"neg":-1e400}"#
            return #"{"data":[\#(record),\#(record)],"total":9223372036854775807,"limit":18446744073709551616,"offset":-9223372036854775808,"has_more":1e400,"pagination":{"page":9223372036854775807,"total_pages":-9223372036854775808}}"#
        case .passthrough, .other:
            return #"{"total":1e400,"id":18446744073709551616,"n":-0.0,"e":1E+400,"min":-9223372036854775808}"#
        }
    }
}
