import QRCode
import QRCodeView
import TUIKit

/// The authorization URL as a QR code for a terminal: the half-block rows of `QRCodeRenderer`,
/// black on white with 256-colour SGR (16 and 231 are pure black and white in the colour cube,
/// which palettes and themes leave alone), whatever the terminal's own colours.
enum QRPrinter {
    struct Failure: Error { let message: String }

    static func lines(for text: String, utf8: Bool) -> Result<[String], Failure> {
        guard utf8 else { return .failure(Failure(message: QRCodeRenderer.Result.notUTF8.explanation ?? "not a UTF-8 terminal")) }
        let matrix: QRMatrix
        do {
            matrix = try QRMatrix.encode(text)
        } catch {
            return .failure(Failure(message: error.description))
        }
        return .success(QRCodeRenderer.rows(matrix).map { "\u{1B}[38;5;16;48;5;231m\($0)\u{1B}[0m" })
    }
}
