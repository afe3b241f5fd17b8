import Hummingbird
import HummingbirdCore
import HummingbirdHTTP2
import NIOSSL

/// The server side of `liza sandbox --tls-cert … --tls-key …`.
enum SandboxTLS {
    /// Plain HTTP/1.1 without TLS options; with them, TLS offering HTTP/2 and HTTP/1.1 (ALPN).
    static func serverBuilder(_ options: SandboxOptions) throws -> HTTPServerBuilder {
        guard let certificateFile = options.tlsCertificateFile, let keyFile = options.tlsKeyFile else { return .http1() }
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateFile)
        } catch {
            throw SandboxError.invalidOptions("--tls-cert \(certificateFile): not a readable PEM certificate")
        }
        guard !chain.isEmpty else { throw SandboxError.invalidOptions("--tls-cert \(certificateFile): no PEM certificate in it") }
        do {
            key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        } catch {
            throw SandboxError.invalidOptions("--tls-key \(keyFile): not a readable PEM private key")
        }
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        return try .http2Upgrade(tlsConfiguration: tls)
    }
}
