import OrderedJSON

/// Turns a JSON value into display lines, skipping folded containers' children.
///
/// Iterative (an explicit stack), so deeply nested hostile input cannot overflow the call stack.
enum JSONFlattener {
    private enum Children {
        case array([JSONValue])
        case object([(key: String, value: JSONValue)])

        var count: Int {
            switch self { case .array(let a): a.count; case .object(let o): o.count }
        }

        func child(_ i: Int) -> (key: String?, value: JSONValue) {
            switch self {
            case .array(let a): (nil, a[i])
            case .object(let o): (o[i].key, o[i].value)
            }
        }

        var isArray: Bool { if case .array = self { return true } else { return false } }
    }

    private struct Frame {
        var children: Children
        var index: Int
        var depth: Int
        var path: [Int]
        var openLine: Int
        var trailingComma: Bool
    }

    static func lines(of value: JSONValue, folded: Set<[Int]>) -> [JSONLine] {
        var lines: [JSONLine] = []
        var stack: [Frame] = []

        func emit(_ value: JSONValue, key: String?, depth: Int, path: [Int], parent: Int, comma: Bool) {
            let children: Children
            switch value {
            case .array(let a): children = .array(a)
            case .object(let o): children = .object(o)
            default:
                lines.append(JSONLine(depth: depth, key: key, content: .scalar(value), trailingComma: comma, path: [], parentLine: parent))
                return
            }
            if children.count == 0 {
                lines.append(JSONLine(depth: depth, key: key, content: .scalar(value), trailingComma: comma, path: [], parentLine: parent))
                return
            }
            let isFolded = folded.contains(path)
            lines.append(JSONLine(depth: depth, key: key, content: .open(isArray: children.isArray, count: children.count, folded: isFolded),
                                  trailingComma: isFolded && comma, path: path, parentLine: parent))
            if !isFolded {
                stack.append(Frame(children: children, index: 0, depth: depth, path: path, openLine: lines.count - 1, trailingComma: comma))
            }
        }

        emit(value, key: nil, depth: 0, path: [], parent: -1, comma: false)
        while let top = stack.last {
            if top.index < top.children.count {
                let (key, child) = top.children.child(top.index)
                stack[stack.count - 1].index += 1
                emit(child, key: key, depth: top.depth + 1, path: top.path + [top.index], parent: top.openLine,
                     comma: top.index < top.children.count - 1)
            } else {
                lines.append(JSONLine(depth: top.depth, key: nil, content: .close(isArray: top.children.isArray),
                                      trailingComma: top.trailingComma, path: [], parentLine: top.openLine))
                stack.removeLast()
            }
        }
        return lines
    }

    /// Paths of every non-empty container below the root (for "fold all").
    static func containerPaths(of value: JSONValue) -> Set<[Int]> {
        var result: Set<[Int]> = []
        var pending: [(JSONValue, [Int])] = [(value, [])]
        while let (v, path) = pending.popLast() {
            let children: [JSONValue]
            switch v {
            case .array(let a): children = a
            case .object(let o): children = o.map(\.value)
            default: continue
            }
            if !path.isEmpty, !children.isEmpty { result.insert(path) }
            for (i, c) in children.enumerated() {
                switch c {
                case .array, .object: pending.append((c, path + [i]))
                default: break
                }
            }
        }
        return result
    }

    /// The styled pieces of `line` (indentation included).
    static func segments(of line: JSONLine, theme: Theme) -> [(text: String, style: Style)] {
        let punct = theme[.jsonPunctuation]
        var out: [(text: String, style: Style)] = [(String(repeating: "  ", count: line.depth), theme[.text])]
        if let key = line.key {
            var k = ""
            JSONValue.writeEscaped(key, to: &k)
            out.append((k, theme[.jsonKey]))
            out.append((": ", punct))
        }
        var annotation: String?
        switch line.content {
        case .scalar(let v):
            switch v {
            case .null: out.append(("null", theme[.jsonNull]))
            case .bool(let b): out.append((b ? "true" : "false", theme[.jsonBool]))
            case .number(let n): out.append((n, theme[.jsonNumber]))
            case .string(let s):
                var text = ""
                JSONValue.writeEscaped(s, to: &text)
                out.append((text, theme[.jsonString]))
            case .array: out.append(("[]", punct))
            case .object: out.append(("{}", punct))
            }
        case .open(let isArray, let count, let folded):
            if folded {
                out.append((isArray ? "[…]" : "{…}", punct))
                annotation = isArray ? (count == 1 ? " 1 item" : " \(count) items") : (count == 1 ? " 1 key" : " \(count) keys")
            } else {
                out.append((isArray ? "[" : "{", punct))
            }
        case .close(let isArray):
            out.append((isArray ? "]" : "}", punct))
        }
        if let annotation { out.append((annotation, theme[.muted])) }
        if line.trailingComma { out.append((",", punct)) }
        return out
    }
}
