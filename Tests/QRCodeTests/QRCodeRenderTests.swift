import Foundation
import QRCode
import QRCodeView
import Testing
import TUIKit

struct QRCodeRenderTests {
    static let url = "http://127.0.0.1:49152/authorize/3f1c2a9e-7b44-4d0e-9a51-0c8f2d6e1b77?state=k2j3h4g5f6d7s8a9"

    /// `zbarimg` from zbar-tools (installed by .ci/run).
    static func zbarimg() -> String? {
        ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg", "/opt/homebrew/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Decodes a PBM with zbarimg; returns what it read.
    static func decode(_ pbm: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liza-qr-\(UUID().uuidString).pbm").path
        try pbm.write(toFile: path, atomically: true, encoding: .ascii)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(zbarimg(), "zbarimg not installed (apt-get install zbar-tools)"))
        process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "zbarimg found no code")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test func renderedBufferDecodesToTheURL() throws {
        let matrix = try QRMatrix.encode(Self.url)
        let needed = QRCodeRenderer.size(of: matrix)
        var buffer = Buffer(size: Size(width: needed.width + 10, height: needed.height + 4))
        let result = QRCodeRenderer.draw(matrix, in: buffer.area, of: &buffer, utf8: true)
        guard case .drawn(let rect) = result else {
            Issue.record("not drawn: \(result)")
            return
        }
        #expect(rect.size == needed)
        let modules = try BufferRaster.modules(of: buffer, in: rect)
        // The quiet zone: the first and last four module rows and columns are light.
        #expect(modules.prefix(QRMatrix.quietZone).allSatisfy { $0.allSatisfy { !$0 } })
        #expect(modules.allSatisfy { row in row.prefix(QRMatrix.quietZone).allSatisfy { !$0 } })
        #expect(try Self.decode(BufferRaster.pbm(modules, scale: 4)) == Self.url)
    }

    @Test func printedRowsDecodeToo() throws {
        let matrix = try QRMatrix.encode("https://example.com/x?a=1&b=%20")
        var buffer = Buffer(size: QRCodeRenderer.size(of: matrix))
        for (y, row) in QRCodeRenderer.rows(matrix).enumerated() { buffer.write(row, at: Point(x: 0, y: y), style: QRCodeRenderer.style) }
        let modules = try BufferRaster.modules(of: buffer, in: buffer.area)
        #expect(try Self.decode(BufferRaster.pbm(modules, scale: 3)) == "https://example.com/x?a=1&b=%20")
    }

    @Test func tooSmallOrNotUTF8DrawsNothing() throws {
        let matrix = try QRMatrix.encode(Self.url)
        let needed = QRCodeRenderer.size(of: matrix)
        var small = Buffer(size: Size(width: needed.width - 1, height: needed.height + 5))
        let before = small
        #expect(QRCodeRenderer.draw(matrix, in: small.area, of: &small, utf8: true) == .tooSmall(needed: needed))
        #expect(small == before)
        #expect(QRCodeRenderer.draw(matrix, in: small.area, of: &small, utf8: false) == .notUTF8)
        #expect(QRCodeRenderer.Result.notUTF8.explanation?.contains("UTF-8") == true)
    }

    @Test func matrixHasQRGeometry() throws {
        let matrix = try QRMatrix.encode("liza")
        #expect(matrix.size == 21) // version 1
        // The top-left finder pattern: a dark 7×7 ring around a light ring around a dark 3×3.
        #expect((0..<7).allSatisfy { matrix[x: $0, y: 0] && matrix[x: 0, y: $0] && matrix[x: $0, y: 6] })
        #expect(!matrix[x: 1, y: 1] && matrix[x: 2, y: 2] && matrix[x: 4, y: 4])
        #expect(!matrix[x: -1, y: 0]) // the quiet zone
        #expect(throws: QRCodeError.empty) { try QRMatrix.encode("") }
        #expect(throws: QRCodeError.tooLong(3000)) { try QRMatrix.encode(String(repeating: "a", count: 3000)) }
    }
}
