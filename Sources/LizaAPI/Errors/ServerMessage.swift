import OrderedJSON

/// Finds the human message in an error response body, whatever its shape.
///
/// JSON: `{message}`, `{error}`, `{error:{message}}`, `{statusCode, error, message}`,
/// `{errors:[{message}]}`, `{detail}` (RFC 7807) or a bare string. HTML (a proxy's error page):
/// the `<title>` or `<h1>`, else a short tag-stripped excerpt. Plain text: the first line.
/// The result is sanitized and short; nil when the body says nothing.
public enum ServerMessage {
    public static func extract(from body: [UInt8], contentType: String?, redacting secrets: [String] = []) -> String? {
        // Secrets go first, before an HTML excerpt or anything else is cut short: a cut token
        // would no longer be recognised, and its first characters would be printed.
        var body = body
        for secret in secrets { body = Redaction.redact(body, secret: secret) }
        guard let raw = rawMessage(from: body, contentType: contentType, redacting: secrets) else { return nil }
        let message = MessageSanitizer.sanitize(raw, redacting: secrets)
        return message.isEmpty ? nil : message
    }

    static func rawMessage(from body: [UInt8], contentType: String?, redacting secrets: [String] = []) -> String? {
        guard !body.isEmpty else { return nil }
        if let json = try? JSONValue.parse(bytes: body) {
            return (message(in: json) ?? fallback(for: json)).map { Redaction.redact($0, secrets: secrets) }
        }
        let text = Redaction.redact(String(decoding: body.prefix(256 * 1024), as: UTF8.self), secrets: secrets)
        if isHTML(text, contentType: contentType) {
            return HTMLText.headline(of: text)
        }
        return text.split(whereSeparator: \.isNewline)
            .lazy.map { $0.trimmingHorizontalSpace() }
            .first { !$0.isEmpty }
    }

    /// The message inside a JSON error body, trying the known shapes in order.
    static func message(in json: JSONValue) -> String? {
        switch json {
        case .string(let s):
            return s
        case .array(let items):
            let parts = items.compactMap { message(in: $0) }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        case .object:
            // `message` first: in `{statusCode, error:"Bad Request", message:"…"}` it is the detail.
            if let m = json.field("message"), let s = messageText(m) { return s }
            if let e = json.field("error") {
                if let s = e.stringValue {
                    if let d = json.text("error_description") { return "\(s): \(d)" }
                    return s
                }
                if let s = message(in: e) { return s }
            }
            if let errors = json.field("errors"), let s = message(in: errors) { return s }
            if let d = json.text("detail") { return d }
            if let t = json.text("title") { return t }
            if let d = json.text("error_description") { return d }
            return nil
        default:
            return nil
        }
    }

    /// `message` may be a string or a list of strings (NestJS validation pipes send a list).
    private static func messageText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s
        case .array(let items):
            let parts = items.compactMap { $0.scalarText ?? message(in: $0) }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        case .object: return message(in: value)
        default: return nil
        }
    }

    /// A JSON body without a recognisable message: show a compact excerpt of it.
    private static func fallback(for json: JSONValue) -> String? {
        switch json {
        case .object(let pairs) where pairs.isEmpty: return nil
        case .array(let items) where items.isEmpty: return nil
        case .null: return nil
        default: return json.serialized()
        }
    }

    private static func isHTML(_ text: String, contentType: String?) -> Bool {
        if let type = contentType?.lowercased(), type.contains("html") { return true }
        let head = text.prefix(512).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<title") || head.contains("<body")
    }
}

extension Substring {
    /// Trims spaces, tabs and carriage returns at both ends.
    func trimmingHorizontalSpace() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
