import LizaAPI

/// The small HTML pages the browser sees on the loopback listener.
enum LoopbackPage {
    static func html(title: String, text: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>liza — \(escape(title))</title>
        <meta name="viewport" content="width=device-width,initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222}</style>
        </head><body><h1>\(escape(title))</h1><p>\(escape(text))</p></body></html>
        """
    }

    private static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
