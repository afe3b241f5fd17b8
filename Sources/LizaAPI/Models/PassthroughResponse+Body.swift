import OrderedJSON

extension PassthroughResponse.Body {
    /// Decodes a provider's body by its content type: JSON types (`application/json`, `…+json`)
    /// → `.json` when it parses; `text/*` or any valid UTF-8 → `.text`; otherwise `.binary`.
    /// Without a content type, a body that parses as JSON is JSON.
    public init(decoding bytes: [UInt8], contentType: String?) {
        guard !bytes.isEmpty else { self = .empty; return }
        let type = contentType?.split(separator: ";").first.map { $0.trimmingHorizontalSpace().lowercased() } ?? ""
        let looksJSON = type.isEmpty || type == "application/json" || type.hasSuffix("+json") || type == "text/json"
        if looksJSON, let json = try? JSONValue.parse(bytes: bytes) {
            self = .json(json)
            return
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            self = .text(text)
            return
        }
        if type.hasPrefix("text/") {
            // Declared text that is not UTF-8 (e.g. Latin-1): show it with replacement characters.
            self = .text(String(decoding: bytes, as: UTF8.self))
            return
        }
        self = .binary(byteCount: bytes.count)
    }
}
