import OrderedJSON

/// Builders for `.decoding` errors with consistent wording.
enum DecodingFailure {
    /// `connection is missing field 'id'`, with `field` set.
    static func missing(_ field: LizaError.Field, in what: String) -> LizaError {
        LizaError(kind: .decoding, message: "\(what) is missing field '\(field)'", field: field)
    }

    /// `expected a connection object, got an array`.
    static func notAnObject(_ what: String, got value: JSONValue) -> LizaError {
        LizaError(kind: .decoding, message: "expected \(what) object, got \(value.kindDescription)")
    }

    /// Decodes every item of a list, prefixing failures with the item's index
    /// (`connections[3]: connection is missing field 'id'`).
    static func each<T>(_ items: [JSONValue], named name: String, _ decode: (JSONValue) throws(LizaError) -> T) throws(LizaError) -> [T] {
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                out.append(try decode(item))
            } catch {
                var e = error
                e.message = "\(name)[\(index)]: \(error.message)"
                throw e
            }
        }
        return out
    }
}
