import AsyncHTTPClient
import LizaAPI
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps AsyncHTTPClient / NIO errors to `TransportError`.
enum TransportErrorMapping {
    static func map(_ error: any Error, cancelled: Bool, maxBodyBytes: Int) -> TransportError {
        // A cancelled task can surface as several errors (cancelled, or the last connect
        // failure); the caller asked for it, so it is always `.cancelled`.
        if cancelled || error is CancellationError { return .cancelled }
        if let untrusted = TLSFailure.untrusted(error) { return untrusted }
        if let e = error as? HTTPClientError { return map(e) }
        if let e = error as? NIOConnectionError { return map(e) }
        if let e = error as? IOError { return map(errno: e.errnoCode, fallback: e.description) }
        if let e = error as? ChannelError { return map(e) }
        if error is NIOTooManyBytesError {
            return .other("the response is larger than \(maxBodyBytes / (1024 * 1024)) MiB")
        }
        if let e = error as? HTTPParserError {
            // The server closed the connection before the body it announced was complete.
            return e == .invalidEOFState ? .connectionDropped : .other("the server's HTTP response could not be read")
        }
        let typeName = String(describing: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") {
            return .connectionFailed("TLS failed: \(short(error))")
        }
        return .other(short(error))
    }

    static func map(_ e: HTTPClientError) -> TransportError {
        switch e {
        case .cancelled, .requestStreamCancelled:
            return .cancelled
        case .deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout, .tlsHandshakeTimeout,
             .getConnectionFromPoolTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout:
            return .timeout
        case .remoteConnectionClosed, .bodyLengthMismatch, .uncleanShutdown:
            return .connectionDropped
        case .invalidURL, .emptyHost, .emptyScheme:
            return .other("invalid URL")
        case .proxyAuthenticationRequired:
            return .connectionFailed("the proxy asks for credentials (407): put user:password@ in the proxy URL")
        case .invalidProxyResponse:
            return .connectionFailed("the proxy refused the tunnel")
        default:
            return .other(short(e))
        }
    }

    static func map(_ e: NIOConnectionError) -> TransportError {
        if e.dnsAError != nil || e.dnsAAAAError != nil, e.connectionErrors.isEmpty {
            return .connectionFailed("could not resolve \(e.host)")
        }
        if let first = e.connectionErrors.first {
            if let io = first.error as? IOError, io.errnoCode == ECONNREFUSED {
                return .connectionFailed("connection refused")
            }
            return .connectionFailed(short(first.error))
        }
        return .connectionFailed("could not connect to \(e.host)")
    }

    static func map(_ e: ChannelError) -> TransportError {
        switch e {
        case .connectTimeout:
            return .timeout
        case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
            return .connectionDropped
        default:
            return .other(short(e))
        }
    }

    static func map(errno code: Int32, fallback: String) -> TransportError {
        switch code {
        case ECONNREFUSED: return .connectionFailed("connection refused")
        case EHOSTUNREACH, ENETUNREACH: return .connectionFailed("host unreachable")
        case ECONNRESET, EPIPE, ECONNABORTED: return .connectionDropped
        case ETIMEDOUT: return .timeout
        default: return .other(String(fallback.prefix(120)))
        }
    }

    private static func short(_ error: any Error) -> String {
        String(String(describing: error).prefix(120))
    }
}
