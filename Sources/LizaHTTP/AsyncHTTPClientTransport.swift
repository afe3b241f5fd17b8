import AsyncHTTPClient
import LizaAPI
import NIOCore
import NIOHTTP1

/// `HTTPTransport` over AsyncHTTPClient.
///
/// Collects each response body up to `maxBodyBytes` (64 MiB by default; beyond that the
/// request fails rather than exhausting memory), lowercases header names, and maps failures to
/// `TransportError`. Cancelling the calling task aborts the request. The request's `timeout`
/// covers the whole exchange, body included, and `idleTimeout` the silence between bytes
/// (`ExchangeWatchdog`).
public final class AsyncHTTPClientTransport: HTTPTransport, Sendable {
    /// The default body cap: 64 MiB.
    public static let defaultMaxBodyBytes = 64 * 1024 * 1024

    /// A process-wide transport over one `HTTPClient` built with `recommendedConfiguration()`.
    ///
    /// It is never shut down (like `HTTPClient.shared`): connections are reused for the whole
    /// run and the process exit closes them. Logging is disabled, so nothing reaches the
    /// terminal while the TUI owns it.
    public static let shared = AsyncHTTPClientTransport(
        client: HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: recommendedConfiguration())
    )

    public let client: HTTPClient
    public let maxBodyBytes: Int

    /// A transport over `client`, which the caller owns (and shuts down).
    public init(client: HTTPClient, maxBodyBytes: Int = AsyncHTTPClientTransport.defaultMaxBodyBytes) {
        self.client = client
        self.maxBodyBytes = maxBodyBytes
    }

    /// The client configuration liza uses:
    /// - redirects are not followed: an API answering 3xx is reported as such, and a POST is
    ///   never silently turned into a GET (the 3xx, with its `location`, is returned);
    /// - a failed connection attempt fails the request at once instead of being retried until
    ///   the deadline, so "connection refused" is reported immediately (the client decides
    ///   about retries);
    /// - connecting may take at most `connectTimeout` seconds.
    public static func recommendedConfiguration(connectTimeout: Double = 10) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(connectTimeout * 1_000_000_000)), read: nil)
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        // Clamped before converting: Int64(_:) of an infinite or huge Double traps.
        let seconds = request.timeout.isFinite ? min(86_400, max(0.001, request.timeout)) : 86_400
        let timeout = TimeAmount.nanoseconds(Int64(seconds * 1_000_000_000))
        let client = self.client
        let maxBodyBytes = self.maxBodyBytes
        do {
            if Task.isCancelled { throw CancellationError() }
            let watchdog = ExchangeWatchdog(total: request.timeout, idle: request.idleTimeout)
            return try await watchdog.run { [outgoing] watchdog in
                let response = try await client.execute(outgoing, timeout: timeout)
                watchdog.progressed()
                let body = try await watchdog.collect(response.body, maxBytes: maxBodyBytes)
                var headers: [String: String] = [:]
                for (name, value) in response.headers {
                    let key = name.lowercased()
                    headers[key] = headers[key].map { $0 + ", " + value } ?? value
                }
                return HTTPResponse(status: Int(response.status.code), headers: headers, body: body)
            }
        } catch ExchangeWatchdog.Expiry.total {
            throw .timeout
        } catch ExchangeWatchdog.Expiry.idle {
            throw .idle
        } catch {
            throw TransportErrorMapping.map(error, cancelled: Task.isCancelled, maxBodyBytes: maxBodyBytes)
        }
    }
}
