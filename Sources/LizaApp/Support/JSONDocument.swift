import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// Turns JSON into viewer lines (with folding) and into pretty text (for copying).
enum JSONDocument {
    /// The lines of `value` pretty-printed, with the containers at `collapsed` paths folded.
    static func lines(_ value: JSONValue, collapsed: Set<String> = []) -> [DocumentLine] {
        var out: [DocumentLine] = []
        append(value, key: nil, path: "$", depth: 0, trailingComma: false, collapsed: collapsed, into: &out)
        return out
    }

    /// Lines for plain text (split at newlines).
    static func textLines(_ text: String) -> [DocumentLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            DocumentLine(depth: 0, segments: [.init(String($0).replacingTabs(), .text)])
        }
    }

    /// Pretty JSON text with two-space indentation, keys in order.
    static func prettyText(_ value: JSONValue) -> String {
        lines(value).map { String(repeating: "  ", count: $0.depth) + $0.plainText }.joined(separator: "\n")
    }

    private static func keyPrefix(_ key: String?) -> [DocumentLine.Segment] {
        guard let key else { return [] }
        var quoted = ""
        JSONValue.writeEscaped(key, to: &quoted)
        return [.init(quoted, .key), .init(": ", .punctuation)]
    }

    private static func scalar(_ value: JSONValue) -> DocumentLine.Segment {
        switch value {
        case .null: return .init("null", .null)
        case .bool(let b): return .init(b ? "true" : "false", .bool)
        case .number(let n): return .init(n, .number)
        case .string: return .init(value.serialized(), .string)
        case .array, .object: return .init(value.serialized(), .text)
        }
    }

    private static func append(_ value: JSONValue, key: String?, path: String, depth: Int, trailingComma: Bool,
                               collapsed: Set<String>, into out: inout [DocumentLine]) {
        let comma: [DocumentLine.Segment] = trailingComma ? [.init(",", .punctuation)] : []
        switch value {
        case .array(let items):
            if items.isEmpty {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("[]", .punctuation)] + comma))
            } else if collapsed.contains(path) {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("[…]", .punctuation)] + comma
                    + [.init("  \(items.count) item\(items.count == 1 ? "" : "s")", .muted)], foldPath: path, isFolded: true))
            } else {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("[", .punctuation)], foldPath: path))
                for (i, item) in items.enumerated() {
                    append(item, key: nil, path: "\(path)[\(i)]", depth: depth + 1, trailingComma: i < items.count - 1,
                           collapsed: collapsed, into: &out)
                }
                out.append(DocumentLine(depth: depth, segments: [.init("]", .punctuation)] + comma))
            }
        case .object(let pairs):
            if pairs.isEmpty {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("{}", .punctuation)] + comma))
            } else if collapsed.contains(path) {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("{…}", .punctuation)] + comma
                    + [.init("  \(pairs.count) key\(pairs.count == 1 ? "" : "s")", .muted)], foldPath: path, isFolded: true))
            } else {
                out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [.init("{", .punctuation)], foldPath: path))
                for (i, pair) in pairs.enumerated() {
                    append(pair.value, key: pair.key, path: "\(path).\(pair.key)", depth: depth + 1,
                           trailingComma: i < pairs.count - 1, collapsed: collapsed, into: &out)
                }
                out.append(DocumentLine(depth: depth, segments: [.init("}", .punctuation)] + comma))
            }
        default:
            out.append(DocumentLine(depth: depth, segments: keyPrefix(key) + [scalar(value)] + comma))
        }
    }
}

extension String {
    /// Tabs become two spaces so text bodies line up (the sanitizer would show a placeholder).
    func replacingTabs() -> String { replacingOccurrences(of: "\t", with: "  ") }
}
