/// Writing HTML: escaping for every value interpolated into the connect flow's pages: the sandbox's
/// authorize page and the loopback listener's "you can close this tab" page. Safe for element
/// content and attribute values; control characters (C0 but newline and tab, DEL, C1) become
/// U+FFFD, so a value from a provider can neither inject markup nor smuggle terminal bytes.
extension HTMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if ch.value < 0x20 && ch != "\n" && ch != "\t" || (0x7F...0x9F).contains(ch.value) {
                    out += "&#xFFFD;"
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out
    }
}
