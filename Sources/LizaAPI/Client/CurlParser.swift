import Foundation

/// Reads a pasted `curl …` command: the method, URL, headers and body, as a shell and curl would.
///
/// Pure, for importing into the passthrough form. Words are split as a POSIX shell does
/// (single quotes literal; double quotes with `\"`, `\\`, `` \` ``, `\$`; a backslash outside
/// quotes escapes the next character; backslash-newline continues the line). No expansion is
/// done: `$LIZA_TOKEN` stays text. curl's own rules: `-X`/`--request` sets the method, `-d`,
/// `--data`, `--data-raw`, `--data-binary`, `--data-ascii` (joined with `&` when repeated) and
/// `--json` set the body and make it a POST unless `-X` says otherwise, `-G` sends the data as
/// the query of a GET.
public enum CurlParser {
    public struct Request: Hashable, Sendable {
        public var method: String
        public var url: String
        /// In order, as given (`Name: value` split at the first colon).
        public var headers: [Header]
        public var body: String?
    }

    public struct Header: Hashable, Sendable {
        public var name: String
        public var value: String
    }

    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        init(_ message: String) { self.message = message }
    }

    /// Options that take a value and are read (the rest of those with a value are skipped).
    static let dataOptions: Set<String> = ["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode"]
    /// Options with a value that do not change the request liza would send.
    static let ignoredWithValue: Set<String> = [
        "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar", "-o", "--output", "-w", "--write-out",
        "-m", "--max-time", "--connect-timeout", "-x", "--proxy", "-u", "--user", "--retry", "--cacert", "--cert", "--key",
        "-K", "--config", "--resolve", "--limit-rate", "--max-redirs", "-r", "--range", "-T", "--upload-file", "--oauth2-bearer",
    ]

    public static func parse(_ text: String) -> Result<Request, Failure> {
        let words: [String]
        switch split(text) {
        case .success(let w): words = w
        case .failure(let f): return .failure(f)
        }
        guard words.first == "curl" else { return .failure(Failure("not a curl command: it must start with curl")) }
        var method: String?
        var url: String?
        var headers: [Header] = []
        var data: [String] = []
        var json = false
        var asQuery = false
        var i = 1
        func value(_ option: String) -> Result<String, Failure> {
            guard i + 1 < words.count else { return .failure(Failure("\(option) needs a value")) }
            i += 1
            return .success(words[i])
        }
        while i < words.count {
            var word = words[i]
            var attached: String?
            // `-XPOST`, `-HAccept: x`, `-d{…}`: a short option with its value attached.
            if word.count > 2, word.hasPrefix("-"), !word.hasPrefix("--"), ["-X", "-H", "-d"].contains(String(word.prefix(2))) {
                attached = String(word.dropFirst(2))
                word = String(word.prefix(2))
            } else if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                attached = String(word[word.index(after: equals)...])
                word = String(word[..<equals])
            }
            func take() -> Result<String, Failure> { attached.map { .success($0) } ?? value(word) }
            switch word {
            case "-X", "--request":
                switch take() { case .success(let v): method = v.uppercased(); case .failure(let f): return .failure(f) }
            case "-H", "--header":
                switch take() {
                case .success(let v):
                    guard let colon = v.firstIndex(of: ":") else { return .failure(Failure("header '\(v)' has no colon")) }
                    headers.append(Header(name: String(v[..<colon]).trimmingCharacters(in: .whitespaces),
                                          value: String(v[v.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
                case .failure(let f): return .failure(f)
                }
            case _ where dataOptions.contains(word):
                switch take() {
                case .success(let v):
                    if v.hasPrefix("@") && word != "--data-raw" { return .failure(Failure("\(word) \(v): reading a file is not supported; paste the body")) }
                    data.append(v)
                case .failure(let f): return .failure(f)
                }
            case "--json":
                switch take() {
                case .success(let v): data.append(v); json = true
                case .failure(let f): return .failure(f)
                }
            case "--url":
                switch take() { case .success(let v): url = v; case .failure(let f): return .failure(f) }
            case "-G", "--get":
                asQuery = true
            case "-F", "--form":
                return .failure(Failure("\(word): form uploads cannot be imported (the passthrough body is JSON)"))
            case "-I", "--head":
                return .failure(Failure("\(word): HEAD is not a passthrough method"))
            case _ where ignoredWithValue.contains(word):
                if attached == nil { i += 1 }
            case _ where word.hasPrefix("-") && word.count > 1:
                break  // a flag without a value (-s, -S, -L, -k, -v, --compressed, …)
            default:
                guard url == nil else { return .failure(Failure("two URLs: \(url ?? "") and \(word)")) }
                url = word
            }
            i += 1
        }
        guard var target = url else { return .failure(Failure("no URL in the curl command")) }
        var body: String? = data.isEmpty ? nil : data.joined(separator: "&")
        if json { headers.append(Header(name: "Content-Type", value: "application/json")) }
        if asQuery, let query = body {
            target += (target.contains("?") ? "&" : "?") + query
            body = nil
        }
        let resolved = method ?? (body == nil ? "GET" : "POST")
        return .success(Request(method: resolved, url: target, headers: headers, body: body))
    }

    /// The words of a shell command line, without any expansion.
    static func split(_ text: String) -> Result<[String], Failure> {
        var words: [String] = []
        var current = ""
        var inWord = false
        var chars = Array(text)
        // Line continuations first: backslash, optional spaces/CR, newline.
        var joined: [Character] = []
        var k = 0
        while k < chars.count {
            if chars[k] == "\\" {
                var j = k + 1
                while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\r" { j += 1 }
                if j < chars.count, chars[j] == "\n" || chars[j] == "\r\n" {
                    joined.append(" ")
                    k = j + 1
                    continue
                }
            }
            joined.append(chars[k])
            k += 1
        }
        chars = joined
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "'":
                inWord = true
                i += 1
                while i < chars.count, chars[i] != "'" { current.append(chars[i]); i += 1 }
                guard i < chars.count else { return .failure(Failure("a single quote is not closed")) }
            case "\"":
                inWord = true
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count, "\"\\$`\n".contains(chars[i + 1]) {
                        i += 1
                    }
                    current.append(chars[i])
                    i += 1
                }
                guard i < chars.count else { return .failure(Failure("a double quote is not closed")) }
            case "\\":
                inWord = true
                if i + 1 < chars.count { i += 1; current.append(chars[i]) }
            case " ", "\t", "\n", "\r", "\r\n":
                if inWord { words.append(current); current = ""; inWord = false }
            default:
                inWord = true
                current.append(c)
            }
            i += 1
        }
        if inWord { words.append(current) }
        return .success(words)
    }
}
