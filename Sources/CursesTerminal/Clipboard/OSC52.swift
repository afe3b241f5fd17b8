import Foundation

/// Builds the OSC 52 "set clipboard" sequence, which works over SSH and inside tmux where no
/// clipboard tool can reach the user's machine. Pure.
public enum OSC52 {
    /// The largest base64 payload sent (k9s' `K9S_OSC52_MAX`); many terminals drop longer ones.
    public static let defaultMaxPayload = 74_994

    /// The bytes to write for `text`. Inside tmux (`insideTmux`), the plain sequence is followed by a
    /// copy wrapped in tmux's passthrough (`ESC P tmux; … ESC \`, inner ESCs doubled): tmux stores the
    /// plain one when `set-clipboard on`, and forwards the wrapped one when `allow-passthrough on`;
    /// the same text twice is harmless. Text whose base64 would exceed `maxPayload` is cut at a
    /// character boundary.
    public static func sequence(for text: String, insideTmux: Bool, maxPayload: Int = defaultMaxPayload) -> [UInt8] {
        let payload = base64(truncated(text, maxPayload: maxPayload))
        let plain = Array("\u{1B}]52;c;".utf8) + Array(payload.utf8) + [0x07]
        guard insideTmux else { return plain }
        var wrapped = Array("\u{1B}Ptmux;".utf8)
        for byte in plain {
            if byte == 0x1B { wrapped.append(0x1B) }
            wrapped.append(byte)
        }
        wrapped += [0x1B, UInt8(ascii: "\\")]
        return plain + wrapped
    }

    /// The longest prefix of `text` (whole characters) whose base64 fits in `maxPayload` bytes.
    static func truncated(_ text: String, maxPayload: Int) -> String {
        let maxBytes = max(0, maxPayload / 4 * 3)
        guard text.utf8.count > maxBytes else { return text }
        var out = ""
        var used = 0
        for ch in text {
            let n = ch.utf8.count
            if used + n > maxBytes { break }
            out.append(ch)
            used += n
        }
        return out
    }

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
}
