/// One way a server can misbehave, selected by the first path segment of the base URL:
/// `http://127.0.0.1:PORT/<rawValue>/api` makes every endpoint under it answer that way.
///
/// The list is what issue 7 asks a client to survive: broken HTTP on the wire, stalls, rate
/// limiting with nonsense headers, JSON that is valid but hostile (or not valid at all),
/// redirects away from the API, escape sequences meant for the terminal, and error bodies
/// that echo the caller's token.
public enum HostileMisbehaviour: String, CaseIterable, Sendable, CustomStringConvertible {
    // MARK: HTTP on the wire
    /// Reads the request and never answers.
    case stalledHeaders = "stalled-headers"
    /// Sends the status line and headers (announcing a body), then nothing.
    case stalledBody = "stalled-body"
    /// Sends the headers, then the body one byte a second.
    case slowDrip = "slow-drip"
    /// Sends the status line and headers one byte a second.
    case slowHeaders = "slow-headers"
    /// Announces a Content-Length and closes after a tenth of it.
    case shortBody = "short-body"
    /// `Transfer-Encoding: chunked` with a chunk size that is not hex, then a close.
    case brokenChunked = "broken-chunked"
    /// Closes the connection in the middle of the status line (`HTTP/1.1 2`).
    case closedInStatusLine = "closed-in-status-line"
    /// Answers bytes that are not HTTP at all.
    case garbageStatusLine = "garbage-status-line"
    /// Resets the connection (RST) right after reading the request.
    case connectionReset = "connection-reset"
    /// `HTTP/1.1 999` with a JSON body.
    case status999 = "status-999"
    /// A 1 MiB response header.
    case hugeHeader = "huge-header"

    // MARK: Rate limiting and server errors
    /// 429 with `Retry-After: Wed, 21 Oct 300000000000 07:28:00 GMT` (a year that overflows naive date math).
    case retryAfterAbsurdDate = "retry-after-absurd-date"
    /// 429 with `Retry-After: -5`.
    case retryAfterNegative = "retry-after-negative"
    /// 429 with `Retry-After: soon™`.
    case retryAfterGarbage = "retry-after-garbage"
    /// 429 with `Retry-After: 99999999999999999999999`.
    case retryAfterHuge = "retry-after-huge"
    /// 429 with `Retry-After: 1`, on every request, forever.
    case rateLimitedForever = "429-forever"
    /// 503 on every request, forever.
    case serverErrorForever = "503-forever"

    // MARK: Bodies
    /// Valid JSON whose fields have the wrong types but can still be read (numbers for strings, …).
    case wrongTypes = "wrong-types"
    /// Valid JSON of the wrong shape: a list that is an object, items that are numbers, required fields that are objects.
    case wrongShapes = "wrong-shapes"
    /// The body `null`.
    case null = "null"
    /// Numbers beyond Double and Int: `1e400`, 2^64, `-1e400`, `Int.max`, `Int.min`.
    case hugeNumbers = "huge-numbers"
    /// 200,000 nested arrays.
    case deepNesting = "deep-nesting"
    /// 200,000 nested objects (`{"a":{"a":…`).
    case deepObjectNesting = "deep-object-nesting"
    /// A field nested 500 levels deep inside an otherwise normal answer: just inside the
    /// parser's limit, so everything that walks a value (printing, hashing, views) meets it.
    case deepButLegal = "deep-but-legal"
    /// Strings with bytes that are not UTF-8 (0xFF, an overlong `/`, an encoded surrogate).
    case invalidUTF8 = "invalid-utf8"
    /// A UTF-8 byte order mark before the JSON.
    case byteOrderMark = "byte-order-mark"
    /// Every object with duplicate keys of different types.
    case duplicateKeys = "duplicate-keys"
    /// An 8 MiB string in the field a table shows first.
    case hugeString = "huge-string"
    /// JSON cut in the middle (with a correct Content-Length).
    case truncatedJSON = "truncated-json"
    /// Records that ignore `offset` and always say `has_more` (a full page, the same every time).
    case endlessPaging = "endless-paging"
    /// Lists and objects wrapped in several `data` envelopes.
    case nestedEnvelopes = "nested-envelopes"

    // MARK: Redirects
    /// 302 to `http://example.invalid/…`: a client must not follow it (nor resolve the name).
    case redirectElsewhere = "redirect-elsewhere"
    /// 307 to another host on loopback (the server's canary port): any request there is a followed redirect.
    case redirectToCanary = "redirect-to-canary"

    // MARK: Odd successes
    /// An HTML page with status 200.
    case html200 = "html-200"
    /// Status 200 with an empty body.
    case empty200 = "empty-200"
    /// Status 204.
    case noContent204 = "no-content-204"

    // MARK: Terminal attacks and secrets
    /// Every string laced with escape sequences (CSI, OSC 52 clipboard, OSC 2 title, OSC 8),
    /// raw C1 controls, DEL, BEL, CR and bidi overrides; keys too.
    case escapeSequences = "escape-sequences"
    /// Error answers (JSON, plain text, HTML) whose messages carry escape sequences and raw control bytes.
    case escapesInErrors = "escapes-in-errors"
    /// Error answers (and passthrough answers) that echo the caller's `Authorization` header.
    case tokenInErrors = "token-in-errors"
    /// A 502 HTML page without a title whose text echoes the token across the 200th character
    /// (where cutting before redacting would leak part of it).
    case tokenInHTMLError = "token-in-html-error"

    public var description: String { rawValue }

    /// The misbehaviours that stall or drip: a client needs its own deadline to get past them.
    public var stalls: Bool {
        switch self {
        case .stalledHeaders, .stalledBody, .slowDrip, .slowHeaders: return true
        default: return false
        }
    }
}
