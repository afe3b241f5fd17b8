import AsyncHTTPClient
import Foundation
import LizaAPI
import NIOSSL

extension AsyncHTTPClientTransport {
    /// `recommendedConfiguration()` plus the proxy and the extra trusted roots of `settings`.
    ///
    /// - The CA bundle's certificates are added to the system's roots (NIOSSL's
    ///   `additionalTrustRoots`), so a company CA works without losing the public ones; a
    ///   bundle with no readable PEM certificate is a `.configuration` error.
    /// - An HTTP proxy is used for every request: https through a CONNECT tunnel (the proxy
    ///   never sees the token), with Basic `Proxy-Authorization` when the proxy URL had
    ///   credentials. A SOCKS5 proxy is used as such.
    /// HTTP/2 is negotiated through ALPN whenever the server offers it.
    public static func configuration(for settings: TransportSettings) throws(LizaError) -> HTTPClient.Configuration {
        var configuration = recommendedConfiguration(connectTimeout: settings.connectTimeout)
        if let bundle = settings.caBundle {
            // Given as a file, BoringSSL reads it when the first TLS connection is made: an
            // http:// request (the sandbox) never pays for parsing, e.g., a whole system bundle
            // that SSL_CERT_FILE often points at.
            try Self.checkPEM(bundle)
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.additionalTrustRoots = [.file(bundle.path)]
            configuration.tlsConfiguration = tls
        }
        if let proxy = settings.proxy {
            switch proxy.kind {
            case .http:
                let authorization = proxy.username.map { HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "") }
                configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
            case .socks5:
                configuration.proxy = .socksServer(host: proxy.host, port: proxy.port)
            }
        }
        return configuration
    }

    /// A transport over a new client for `settings`. The caller shuts `client` down when done.
    public static func make(_ settings: TransportSettings) throws(LizaError) -> AsyncHTTPClientTransport {
        let configuration = try configuration(for: settings)
        return AsyncHTTPClientTransport(client: HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration))
    }

    /// Closes the client's connections and stops it (for transports from `make`); errors
    /// while closing do not matter to a caller that is done with it.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fails with a `.configuration` error naming the bundle's source unless the file can be
    /// read and holds at least one PEM certificate (its certificates are parsed later, by the
    /// TLS library).
    static func checkPEM(_ bundle: CABundle) throws(LizaError) {
        guard let data = FileManager.default.contents(atPath: bundle.path) else {
            throw LizaError(kind: .configuration, message: "the CA bundle \(bundle) cannot be read", field: .caBundle)
        }
        guard data.firstRange(of: Data("-----BEGIN CERTIFICATE-----".utf8)) != nil else {
            throw LizaError(kind: .configuration, message: "the CA bundle \(bundle) holds no PEM certificate", field: .caBundle)
        }
    }
}
