import OrderedJSON

/// Tree rewrites the content misbehaviours apply to a well-formed answer.
extension JSONValue {
    /// Every string (and, with `keys`, every object key) passed through `transform`, which
    /// receives a running counter so it can cycle through variants.
    func mappingStrings(keys: Bool = false, _ transform: (String, Int) -> String) -> JSONValue {
        var counter = 0
        return mappingStrings(keys: keys, counter: &counter, transform)
    }

    private func mappingStrings(keys: Bool, counter: inout Int, _ transform: (String, Int) -> String) -> JSONValue {
        switch self {
        case .string(let s):
            counter += 1
            return .string(transform(s, counter))
        case .array(let items):
            var out: [JSONValue] = []
            for item in items { out.append(item.mappingStrings(keys: keys, counter: &counter, transform)) }
            return .array(out)
        case .object(let pairs):
            var out: [(key: String, value: JSONValue)] = []
            for pair in pairs {
                var key = pair.key
                if keys {
                    counter += 1
                    key = transform(key, counter)
                }
                out.append((key: key, value: pair.value.mappingStrings(keys: keys, counter: &counter, transform)))
            }
            return .object(out)
        default:
            return self
        }
    }

    /// The first string value in document order replaced by `replacement`.
    func replacingFirstString(with replacement: String) -> JSONValue {
        var done = false
        return mappingStrings { s, _ in
            if done { return s }
            done = true
            return replacement
        }
    }

    /// Every object member followed by a second member with the same key and a value of
    /// another type (the first stays what a reader taking the first match sees).
    func duplicatingKeys() -> JSONValue {
        switch self {
        case .array(let items):
            return .array(items.map { $0.duplicatingKeys() })
        case .object(let pairs):
            var out: [(key: String, value: JSONValue)] = []
            for pair in pairs {
                out.append((key: pair.key, value: pair.value.duplicatingKeys()))
                out.append((key: pair.key, value: Self.otherType(than: pair.value)))
            }
            return .object(out)
        default:
            return self
        }
    }

    private static func otherType(than value: JSONValue) -> JSONValue {
        switch value {
        case .string: return .array([.number("1"), .null])
        case .number: return .string("not a number")
        case .bool: return .number("2")
        case .array: return .object([(key: "not", value: .string("a list"))])
        case .object: return .string("not an object")
        case .null: return .bool(true)
        }
    }
}
