import OrderedJSON

/// The hostile strings: terminal attacks a client must never let act, and markers tests look for.
public enum HostileTexts {
    /// The window title an OSC 2 sequence in the data tries to set.
    public static let title = "PWNED-TITLE"
    /// What an OSC 52 sequence in the data tries to put on the clipboard (base64 of `PWNED-CLIPBOARD`).
    public static let clipboard = "PWNED-CLIPBOARD"

    /// Strings that act on a terminal when printed raw: CSI, OSC 52, OSC 2, OSC 8, DCS, C1
    /// controls as UTF-8 (U+009B CSI, U+009D OSC), DEL, BEL, CR, backspace, NUL and bidi overrides.
    public static let escapes: [String] = [
        "\u{1B}[2J\u{1B}[H\u{1B}[31mCLEARED\u{1B}[0m",
        "\u{1B}]52;c;UFdORUQtQ0xJUEJPQVJE\u{07}clipboard",
        "\u{1B}]2;\(title)\u{07}title",
        "\u{1B}]8;;https://evil.example/phish\u{1B}\\legit link\u{1B}]8;;\u{1B}\\",
        "C1 \u{9B}31mred\u{9B}0m \u{9D}2;\(title)\u{9C} end",
        "bidi \u{202E}gnp.exe\u{202C} \u{2067}isolate\u{2069} \u{200F}rlm",
        "del\u{7F} bell\u{07} bs\u{08} cr\roverwrite nul\u{0}",
        "\u{1B}P+q544e\u{1B}\\ dcs \u{1B}[6n dsr \u{1B}[21t",
        "tab\tnew\nline\u{0B}vt\u{0C}ff",
    ]

    /// The same attacks as raw bytes for bodies that are not JSON (plain text, HTML).
    public static let rawEscapes: [UInt8] = Array(
        "\u{1B}]2;\(title)\u{07} \u{1B}]52;c;UFdORUQtQ0xJUEJPQVJE\u{07} \u{1B}[2J \u{9B}31m C1 \u{202E}bidi\u{202C} del\u{7F} cr\r\n".utf8)

    /// The letters of `huge`, 64 characters repeated to 8 MiB.
    static let hugeUnit = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.-"
    /// What ends `huge`: an OSC 2 sequence, so a sanitizer that gives up early is caught.
    static let hugeTail = "\u{1B}]2;\(title)\u{07}"

    /// An 8 MiB string (plain letters, then an escape at the very end).
    public static let huge: String = String(repeating: hugeUnit, count: 8 * 1024 * 1024 / 64) + hugeTail

    /// `huge` as a JSON string literal (quotes and escapes included), assembled from bytes:
    /// serializing 8 MiB scalar by scalar takes seconds in a debug build, and every request
    /// would wait for it.
    static let hugeJSONLiteral: [UInt8] = {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(8 * 1024 * 1024 + 64)
        let unit = Array(hugeUnit.utf8)
        for _ in 0..<(8 * 1024 * 1024 / 64) { bytes += unit }
        let tail = JSONValue.string(hugeTail).serialized().utf8
        bytes += tail.dropFirst()
        return bytes
    }()
}
