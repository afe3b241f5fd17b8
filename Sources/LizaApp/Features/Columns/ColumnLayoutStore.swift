import Foundation
import LizaAPI
import OrderedJSON

/// The column layouts, kept in one JSON file in the state folder (written through `PrivateFile`:
/// 0600, atomic). A file that cannot be read is reported by `load` and the defaults are used.
public struct ColumnLayoutStore: Hashable, Sendable {
    public let path: String
    /// At most this many layouts are kept (the most recently changed win).
    public static let limit = 500

    public init(path: String) { self.path = path }

    /// The stored layouts: empty when there is no file; a failure naming the file when it is not
    /// a layouts file.
    public func load() -> Result<[String: ColumnLayout], AppFailure> {
        guard FileManager.default.fileExists(atPath: path) else { return .success([:]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(AppFailure("cannot read the column layouts \(path): using the defaults"))
        }
        let value: JSONValue
        do { value = try JSONValue.parse(bytes: Array(data)) } catch {
            return .failure(AppFailure("the column layouts \(path) are not JSON (\(error)): using the defaults"))
        }
        guard value["version"]?.intValue == 1, case .object(let pairs)? = value["layouts"] else {
            return .failure(AppFailure("the column layouts \(path) are not a liza layouts file (version 1): using the defaults"))
        }
        var out: [String: ColumnLayout] = [:]
        for (key, item) in pairs.suffix(Self.limit) {
            let strings: (String) -> [String] = { name in item[name]?.arrayValue?.compactMap(\.stringValue) ?? [] }
            var widths: [String: Int] = [:]
            if case .object(let w)? = item["widths"] {
                for (column, width) in w { if let n = width.intValue { widths[column] = n } }
            }
            out[key] = ColumnLayout(order: strings("order"), hidden: Set(strings("hidden")), pinned: item["pinned"]?.boolValue ?? false,
                                    widths: widths)
        }
        return .success(out)
    }

    /// The file's text for `layouts` (sorted by key, so it is stable).
    public static func text(_ layouts: [String: ColumnLayout]) -> String {
        let items: [(key: String, value: JSONValue)] = layouts.filter { !$0.value.isDefault }.sorted { $0.key < $1.key }.map { key, layout in
            (key: key, value: .object([
                ("order", .array(layout.order.map { .string($0) })),
                ("hidden", .array(layout.hidden.sorted().map { .string($0) })),
                ("pinned", .bool(layout.pinned)),
                ("widths", .object(layout.widths.sorted { $0.key < $1.key }.map { (key: $0.key, value: .int($0.value)) })),
            ]))
        }
        return JSONValue.object([("version", .int(1)), ("layouts", .object(items))]).serialized()
    }

    /// Writes `layouts` (private, atomic).
    public func save(_ layouts: [String: ColumnLayout]) throws(PrivateFileError) {
        try PrivateFile.write(Self.text(layouts), to: path)
    }
}
