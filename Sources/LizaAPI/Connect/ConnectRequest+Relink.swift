extension ConnectRequest {
    /// The request that connects again like `old` (e.g. after its authorization was revoked):
    /// the same integration, categories, scopes and external xref; what the caller gives wins.
    /// Nil when neither `old` nor the caller names a category (the API needs one).
    /// The CLI (`liza connect --relink`) and the TUI (`r` on a connection) share it.
    public init?(relinking old: Connection, categories: [Category] = [], redirectURL: String? = nil,
                 externalXref: String? = nil, scopes: [String] = []) {
        let chosen = categories.isEmpty ? old.categories : categories
        guard !chosen.isEmpty else { return nil }
        self.init(integrationType: old.integrationType, categories: chosen, redirectURL: redirectURL,
                  externalXref: externalXref ?? old.externalXref, scopes: scopes.isEmpty ? old.permissions : scopes)
    }
}
