/// Just enough HTML reading to say what an error page is about (and, in `HTMLText+Escaping`,
/// the escaping of the pages liza's own servers write).
public enum HTMLText {
    /// The page's `<title>`, else its first `<h1>`, else the first ~200 characters of its text.
    static func headline(of html: String) -> String? {
        if let title = element("title", in: html), !title.isEmpty { return title }
        if let h1 = element("h1", in: html), !h1.isEmpty { return h1 }
        let text = stripTags(html)
        return text.isEmpty ? nil : String(text.prefix(200))
    }

    /// The text content of the first `<name …>…</name>`.
    static func element(_ name: String, in html: String) -> String? {
        let lower = html.lowercased()
        // lowercased() can change lengths for some scripts; work on the lowered copy only when
        // it has the same character count, which holds for HTML markup in practice.
        guard lower.count == html.count,
              let open = lower.firstRange(of: "<\(name)"),
              let openEnd = lower[open.upperBound...].firstIndex(of: ">"),
              let close = lower[openEnd...].firstRange(of: "</\(name)")
        else { return nil }
        let startOffset = lower.distance(from: lower.startIndex, to: lower.index(after: openEnd))
        let endOffset = lower.distance(from: lower.startIndex, to: close.lowerBound)
        let start = html.index(html.startIndex, offsetBy: startOffset)
        let end = html.index(html.startIndex, offsetBy: endOffset)
        return collapse(decodeEntities(stripTags(String(html[start..<end]))))
    }

    /// Removes tags, and the contents of `<script>`, `<style>` and `<head>` (minus its title).
    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        var tagName = ""
        var skipping: String?
        var readingName = false
        for ch in html {
            if inTag {
                if readingName {
                    if ch.isLetter || ch.isNumber || (ch == "/" && tagName.isEmpty) { tagName.append(ch) } else { readingName = false }
                }
                if ch == ">" {
                    inTag = false
                    let name = tagName.lowercased()
                    if let skip = skipping {
                        if name == "/" + skip { skipping = nil }
                    } else if name == "script" || name == "style" {
                        skipping = name
                    }
                    out.append(" ")
                }
                continue
            }
            if ch == "<" {
                inTag = true
                readingName = true
                tagName = ""
                continue
            }
            if skipping == nil { out.append(ch) }
        }
        return collapse(decodeEntities(out))
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        // `&amp;` last, so `&amp;lt;` becomes `&lt;` and not `<`.
        let entities = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")]
        var out = s
        for (entity, replacement) in entities { out = out.replacingAll(entity, with: replacement) }
        return out
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
