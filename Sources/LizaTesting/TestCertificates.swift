import Foundation

/// A throwaway certificate authority and server certificates, made with the `openssl` command
/// in a new temporary folder, for TLS tests on loopback.
///
/// - `ca`: the CA certificate (PEM), the file to trust through `LIZA_CA_BUNDLE` & co.;
/// - `server`: for `localhost` and `127.0.0.1`, valid from 2025 to 2099;
/// - `expired`: the same names, valid for one day in 2020;
/// - `wrongHost`: for `other.example` only.
/// All server certificates share `serverKey`. `remove()` deletes the folder.
public struct TestCertificates: Sendable {
    public let directory: String
    public var ca: String { directory + "/ca.pem" }
    public var serverKey: String { directory + "/server.key" }
    public var server: String { directory + "/server.pem" }
    public var expired: String { directory + "/expired.pem" }
    public var wrongHost: String { directory + "/wrong-host.pem" }

    /// Why certificates could not be made (openssl missing or failing), with its output.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Makes the CA and the certificates (EC P-256 keys: fast to generate), on a thread of its
    /// own: running `openssl` blocks, and must not hold one of the concurrency pool's few
    /// threads (that stalls every other test of the process).
    public static func make() async throws -> TestCertificates {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try makeBlocking() })
            }
        }
    }

    /// `make()`, blocking the calling thread.
    public static func makeBlocking() throws -> TestCertificates {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("liza-tls-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let certificates = TestCertificates(directory: directory)
        try write("""
            [ca]
            default_ca = CA_default
            [CA_default]
            dir = .
            database = index.txt
            new_certs_dir = .
            serial = serial
            default_md = sha256
            policy = policy_any
            copy_extensions = none
            unique_subject = no
            [policy_any]
            commonName = supplied
            """, to: directory + "/ca.cnf")
        try write("", to: directory + "/index.txt")
        try write("01\n", to: directory + "/serial")
        let leaf = "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
        try write("subjectAltName=DNS:localhost,IP:127.0.0.1\n" + leaf, to: directory + "/local.ext")
        try write("subjectAltName=DNS:other.example\n" + leaf, to: directory + "/other.ext")
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try openssl(["req", "-x509"] + ec + ["-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/CN=liza test CA",
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], in: directory)
        try openssl(["req"] + ec + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"], in: directory)
        func sign(_ out: String, _ ext: String, _ start: String, _ end: String) throws {
            try openssl(["ca", "-batch", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-in", "server.csr",
                         "-out", out, "-startdate", start, "-enddate", end, "-extfile", ext, "-notext"], in: directory)
        }
        try sign("server.pem", "local.ext", "20250101000000Z", "20991231000000Z")
        try sign("expired.pem", "local.ext", "20200101000000Z", "20200102000000Z")
        try sign("wrong-host.pem", "other.ext", "20250101000000Z", "20991231000000Z")
        return certificates
    }

    /// Deletes the folder.
    public func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private static func openssl(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run openssl (install it: apt-get install openssl): \(error)")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openssl \(arguments.prefix(2).joined(separator: " ")) failed: \(text)")
        }
    }
}
