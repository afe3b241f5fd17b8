/// OSC 8 hyperlinks for URLs written to a terminal (the CLI prints them; the curses painter can
/// emit the same sequence around a link's cells), so a URL the terminal wraps over two lines
/// is still one link (gnome-terminal, iTerm2, kitty, WezTerm, Windows Terminal, tmux ≥ 3.4 …;
/// terminals without support ignore the sequence).
///
/// The URL comes from the server, so it is sanitized first: it can carry no control byte (an
/// ESC in it could end the sequence and inject others), no space and no non-ASCII (which are
/// percent-encoded, as a URI must be).
public enum OSC8Link {
    /// True when links should be written: on a terminal, not the Linux console or a dumb
    /// terminal (both print the sequence's text), and not turned off with `hyperlinks = false`.
    public static func enabled(isTTY: Bool, environment: [String: String], configured: Bool) -> Bool {
        guard isTTY, configured else { return false }
        let term = environment["TERM"] ?? ""
        return !(term.isEmpty || term == "dumb" || term == "linux")
    }

    /// `url` with every byte outside printable ASCII percent-encoded and controls removed.
    public static func sanitizedURL(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case 0x21...0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case 0x00...0x1F, 0x7F:
                continue
            default:
                // Space and every byte of a non-ASCII character.
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `url` (sanitized) as printable text, wrapped in an OSC 8 link when `enabled`.
    public static func render(_ url: String, enabled: Bool) -> String {
        let safe = sanitizedURL(url)
        guard enabled else { return safe }
        return "\u{1B}]8;;\(safe)\u{1B}\\\(safe)\u{1B}]8;;\u{1B}\\"
    }
}
