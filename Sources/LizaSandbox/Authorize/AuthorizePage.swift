import LizaAPI

/// The sandbox's stand-in for a provider's OAuth consent screen.
enum AuthorizePage {
    static func consent(connection: ConnectionRecord, action: String) -> String {
        let e = HTML.escape
        let name = connection.integration.name
        let categories = connection.lizaCategories.map { "\(e($0.label)) (\(e($0.rawValue)))" }.joined(separator: ", ")
        let scopes = connection.permissions.map { "<li>\(e($0))</li>" }.joined()
        let body = """
        <h1>Connect \(e(name))</h1>
        <p><strong>Liza</strong> wants to access your \(e(name)) account.</p>
        <p>Categories: \(categories)</p>
        <p>Requested scopes:</p>
        <ul class="scopes">\(scopes)</ul>
        \(connection.externalXref.map { "<p class=\"muted\">Reference: \(e($0))</p>" } ?? "")
        <form method="post" action="\(e(action))">
        <input type="hidden" name="state" value="\(e(connection.state))">
        <button class="approve" type="submit" name="decision" value="approve">Approve</button>
        <button type="submit" name="decision" value="deny">Deny</button>
        </form>
        <p class="muted">Connection \(e(connection.id))</p>
        """
        return HTML.page(title: "Authorize \(name)", body: body)
    }

    static func message(title: String, text: String) -> String {
        HTML.page(title: title, body: "<h1>\(HTML.escape(title))</h1>\n<p>\(HTML.escape(text))</p>")
    }
}
