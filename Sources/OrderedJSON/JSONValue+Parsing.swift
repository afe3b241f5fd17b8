extension JSONValue {
    /// The default nesting limit of `parse`: deep enough for any real document, shallow enough
    /// that hostile input (`[[[[…`) is rejected instead of exhausting memory.
    public static let defaultMaxDepth = 512

    /// Parses RFC 8259 JSON text strictly, keeping object key order and number literals.
    ///
    /// Rejects trailing commas, comments, single quotes, leading zeros, lone surrogates in `\u`
    /// escapes, unescaped control characters and nesting deeper than `maxDepth`. A leading UTF-8
    /// byte order mark is skipped (RFC 8259 §8.1 allows ignoring it).
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var text = text
        // withUTF8 gives contiguous UTF-8 without copying native strings; the Result keeps the
        // error typed across the rethrowing closure.
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var parser = JSONParser(input: buffer, maxDepth: maxDepth)
                return try parser.parseDocument()
            }
        }
        return try result.get()
    }

    /// Parses JSON from UTF-8 bytes (e.g. an HTTP body). Invalid UTF-8 is an error.
    public static func parse(bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let run = { (buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> in
            Result { () throws(JSONParseError) -> JSONValue in
                var parser = JSONParser(input: buffer, maxDepth: maxDepth)
                return try parser.parseDocument()
            }
        }
        if let result = bytes.withContiguousStorageIfAvailable(run) {
            return try result.get()
        }
        return try Array(bytes).withUnsafeBufferPointer(run).get()
    }
}

/// A strict, iterative (non-recursive) JSON parser over UTF-8 bytes.
///
/// Containers live on explicit stacks rather than the call stack, so nesting depth is bounded
/// only by `maxDepth`, never by the thread's stack size.
struct JSONParser {
    let input: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0

    private enum Frame { case array, object }
    private var frames: [Frame] = []
    private var arrays: [[JSONValue]] = []
    private var objects: [[(key: String, value: JSONValue)]] = []
    private var pendingKeys: [String] = []

    init(input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.maxDepth = max(1, maxDepth)
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
        skipWhitespace()
        if index >= input.count { throw error("empty input, expected a JSON value", at: index) }
        parsing: while true {
            guard var finished = try parseValueOrOpen() else { continue parsing }
            // Fold the finished value into the enclosing containers, closing those that end here.
            while true {
                guard let frame = frames.last else {
                    skipWhitespace()
                    if index < input.count { throw error("unexpected data after the JSON value", at: index) }
                    return finished
                }
                skipWhitespace()
                switch frame {
                case .array:
                    arrays[arrays.count - 1].append(finished)
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue parsing
                    }
                    if peek == UInt8(ascii: "]") {
                        index += 1
                        frames.removeLast()
                        finished = .array(arrays.removeLast())
                        continue
                    }
                    throw error(endOr("expected ',' or ']' after array element"), at: index)
                case .object:
                    objects[objects.count - 1].append((key: pendingKeys.removeLast(), value: finished))
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        pendingKeys.append(try parseKey(afterComma: true))
                        continue parsing
                    }
                    if peek == UInt8(ascii: "}") {
                        index += 1
                        frames.removeLast()
                        finished = .object(objects.removeLast())
                        continue
                    }
                    throw error(endOr("expected ',' or '}' after object member"), at: index)
                }
            }
        }
    }

    /// Parses a scalar (returned) or opens a container (pushed; returns nil). Empty containers
    /// are returned as values directly.
    private mutating func parseValueOrOpen() throws(JSONParseError) -> JSONValue? {
        skipWhitespace()
        guard index < input.count else { throw error("unexpected end of input, expected a value", at: index) }
        let c = input[index]
        switch c {
        case UInt8(ascii: "["):
            try checkDepth()
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") { index += 1; return .array([]) }
            frames.append(.array)
            arrays.append([])
            return nil
        case UInt8(ascii: "{"):
            try checkDepth()
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") { index += 1; return .object([]) }
            let key = try parseKey(afterComma: false)
            frames.append(.object)
            objects.append([])
            pendingKeys.append(key)
            return nil
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        default:
            throw error("expected a value, found \(describeCharacter(at: index))", at: index)
        }
    }

    private func checkDepth() throws(JSONParseError) {
        if frames.count >= maxDepth {
            throw error("nesting deeper than \(maxDepth) levels", at: index)
        }
    }

    private var peek: UInt8? { index < input.count ? input[index] : nil }

    private func endOr(_ message: String) -> String {
        index >= input.count ? "unexpected end of input, \(message)" : message
    }

    private mutating func skipWhitespace() {
        while index < input.count {
            switch input[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Parses `"key"` and the `:` after it.
    private mutating func parseKey(afterComma: Bool) throws(JSONParseError) -> String {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else {
            let what = afterComma ? "expected string key after ','" : "expected string key or '}'"
            throw error(endOr(what), at: index)
        }
        let key = try parseString()
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else { throw error(endOr("expected ':' after object key"), at: index) }
        index += 1
        return key
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONParseError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let matches = input.count - index >= count && word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { input[start + $0] == expected[$0] }
        }
        guard matches else { throw error("invalid literal, expected '\(word)'", at: start) }
        index += count
    }

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, isDigit(first) else {
            throw error(endOr("expected digit after '-'"), at: index)
        }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek, isDigit(next) { throw error("leading zeros are not allowed in numbers", at: index - 1) }
        } else {
            while let d = peek, isDigit(d) { index += 1 }
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let d = peek, isDigit(d) else { throw error(endOr("expected digit after '.' in number"), at: index) }
            while let d = peek, isDigit(d) { index += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let d = peek, isDigit(d) else { throw error(endOr("expected digit in exponent"), at: index) }
            while let d = peek, isDigit(d) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// Parses a string literal starting at its opening quote.
    private mutating func parseString() throws(JSONParseError) -> String {
        let open = index
        index += 1
        let start = index
        // Fast path: no escapes, so the literal's bytes are the string's bytes.
        while index < input.count {
            let c = input[index]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
                index += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw error("control character in string (must be escaped)", at: index) }
            if c >= 0x80 { try skipUTF8Sequence() } else { index += 1 }
        }
        guard index < input.count else { throw error("unterminated string", at: open) }
        // Slow path: copy what we have, then decode escapes.
        var bytes = Array(UnsafeBufferPointer(rebasing: input[start..<index]))
        while index < input.count {
            let c = input[index]
            switch c {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &bytes)
            case 0..<0x20:
                throw error("control character in string (must be escaped)", at: index)
            case 0x80...:
                let lead = index
                try skipUTF8Sequence()
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[lead..<index]))
            default:
                bytes.append(c)
                index += 1
            }
        }
        throw error("unterminated string", at: open)
    }

    private mutating func parseEscape(into bytes: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        index += 1
        guard let e = peek else { throw error("unterminated string", at: escapeStart) }
        index += 1
        switch e {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): bytes.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard input.count - index >= 6, input[index] == UInt8(ascii: "\\"), input[index + 1] == UInt8(ascii: "u") else {
                    throw error("unpaired surrogate in \\u escape", at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("unpaired surrogate in \\u escape", at: escapeStart)
                }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw error("unpaired surrogate in \\u escape", at: escapeStart)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw error("invalid \\u escape", at: escapeStart)
            }
            UTF8.encode(scalar) { bytes.append($0) }
        default:
            throw error("invalid escape '\\\(describeByte(e))' in string", at: escapeStart)
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt16 {
        guard input.count - index >= 4 else { throw error("invalid \\u escape (needs 4 hex digits)", at: escapeStart) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let c = input[index]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape (needs 4 hex digits)", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence at `index` (Unicode Table 3-7) and steps over it.
    private mutating func skipUTF8Sequence() throws(JSONParseError) {
        let length = utf8SequenceLength(at: index)
        guard length > 0 else { throw error("invalid UTF-8", at: index) }
        index += length
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 when it is malformed.
    private func utf8SequenceLength(at i: Int) -> Int {
        let n = input.count
        let b0 = input[i]
        func cont(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { j < n && range.contains(input[j]) }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return cont(i + 1, 0xA0...0xBF) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED: return cont(i + 1, 0x80...0x9F) && cont(i + 2) ? 3 : 0
        case 0xF0: return cont(i + 1, 0x90...0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return cont(i + 1, 0x80...0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }

    /// `'x'`, `U+0007` or `invalid UTF-8` for the character at `i`, for messages.
    private func describeCharacter(at i: Int) -> String {
        let b = input[i]
        if b >= 0x21 && b < 0x7F { return "'\(describeByte(b))'" }
        if b < 0x80 { return describeByte(b) }
        let length = utf8SequenceLength(at: i)
        guard length > 0 else { return "invalid UTF-8" }
        let s = String(decoding: UnsafeBufferPointer(rebasing: input[i..<(i + length)]), as: UTF8.self)
        guard let scalar = s.unicodeScalars.first else { return "invalid UTF-8" }
        return "'\(s)' (U+\(String(scalar.value, radix: 16, uppercase: true)))"
    }

    private func describeByte(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return String(UnicodeScalar(b)) }
        let hex = String(b, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// An error at byte `offset`, with its 1-based line and character column.
    private func error(_ message: String, at offset: Int) -> JSONParseError {
        let offset = min(max(0, offset), input.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if input[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: input[lineStart..<offset]), as: UTF8.self)
        return JSONParseError(line: line, column: prefix.count + 1, offset: offset, message: message)
    }
}
