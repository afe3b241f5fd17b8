import LizaAPI

/// HTML escaping for every value interpolated into the sandbox's pages.
enum HTML {
    /// One escaper for every connect-flow page (`HTMLText`, shared with the loopback listener).
    static func escape(_ s: String) -> String { HTMLText.escape(s) }

    /// A complete page with the sandbox's minimal styling.
    static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
        .card { border: 1px solid #d0d7de; border-radius: 12px; padding: 1.5rem; }
        .muted { color: #59636e; font-size: .9rem; }
        button { font-size: 1rem; padding: .55rem 1.3rem; border-radius: 8px; border: 1px solid #d0d7de; cursor: pointer; margin-right: .5rem; }
        button.approve { background: #1f883d; color: white; border-color: #1f883d; }
        ul.scopes { max-height: 12rem; overflow: auto; font-family: ui-monospace, monospace; font-size: .85rem; }
        </style>
        </head>
        <body>
        <div class="card">
        \(body)
        </div>
        <p class="muted">Liza sandbox — a local emulator; nothing leaves this machine.</p>
        </body>
        </html>

        """
    }
}
