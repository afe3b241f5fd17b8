import AsyncHTTPClient
import LizaAPI
import NIOSSL

/// Recognizes a refused server certificate among AsyncHTTPClient / NIOSSL errors, and says why
/// in a few words for "certificate for HOST is not trusted (…)".
enum TLSFailure {
    /// `.untrustedCertificate(reason)` when `error` is a certificate the client refused; nil for
    /// every other error (including TLS failures that are not about trust).
    static func untrusted(_ error: any Error) -> TransportError? {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return .untrustedCertificate("it does not name this host")
        }
        if let ssl = error as? NIOSSLError {
            switch ssl {
            case .handshakeFailed(let boring):
                let text = String(describing: boring)
                if text.contains("CERTIFICATE_VERIFY_FAILED") {
                    return .untrustedCertificate("unknown issuer, expired or not yet valid")
                }
            case .unableToValidateCertificate, .noCertificateToValidate:
                return .untrustedCertificate("it could not be validated")
            case .failedToLoadCertificate, .noSuchFilesystemObject:
                // The CA bundle (read when the first TLS connection is made) is broken.
                return .connectionFailed("the CA bundle could not be loaded as PEM certificates")
            default:
                break
            }
        }
        return nil
    }
}
