import Foundation

/// Extra trusted root certificates (a PEM file), added to the system's roots.
///
/// Chosen from, highest precedence first: `LIZA_CA_BUNDLE`, the profile's `ca_bundle`, then
/// `SSL_CERT_FILE` (the variable OpenSSL-based tools read). None: the system's roots alone.
/// A relative path is taken from the current directory; `~/` is the home directory.
public struct CABundle: Hashable, Sendable, CustomStringConvertible {
    /// The PEM file, absolute.
    public var path: String
    /// `LIZA_CA_BUNDLE`, `ca_bundle in [profiles.work]`, `SSL_CERT_FILE`.
    public var source: String

    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    /// `/etc/corp-ca.pem (from LIZA_CA_BUNDLE)`.
    public var description: String { "\(path) (from \(source))" }

    /// The bundle in effect, or nil for the system's roots only. A named file that does not
    /// exist is a `.configuration` error saying where the name came from.
    public static func resolve(environment: [String: String], profileBundle: String?, profileSourceName: String,
                               homeDirectory: String, currentDirectory: String) throws(LizaError) -> CABundle? {
        func value(_ name: String) -> String? {
            guard let v = environment[name]?.trimmingSpacesAndNewlines(), !v.isEmpty else { return nil }
            return v
        }
        let chosen: (String, String)?
        if let v = value("LIZA_CA_BUNDLE") {
            chosen = (v, "LIZA_CA_BUNDLE")
        } else if let v = profileBundle?.trimmingSpacesAndNewlines(), !v.isEmpty {
            chosen = (v, profileSourceName)
        } else if let v = value("SSL_CERT_FILE") {
            chosen = (v, "SSL_CERT_FILE")
        } else {
            chosen = nil
        }
        guard let (raw, source) = chosen else { return nil }
        var path = raw
        if path == "~" || path.hasPrefix("~/") {
            path = homeDirectory + path.dropFirst()
        } else if !path.hasPrefix("/") {
            path = (currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/") + path
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw LizaError(kind: .configuration, message: "the CA bundle from \(source) is not a file: \(path)", field: .caBundle)
        }
        return CABundle(path: path, source: source)
    }
}
