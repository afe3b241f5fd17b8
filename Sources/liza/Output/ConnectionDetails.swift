import LizaAPI

/// One connection as `field  value` lines (a terminal) or `field<TAB>value` rows (scripts).
enum ConnectionDetails {
    static func rows(_ c: Connection) -> [(String, String)] {
        var rows: [(String, String)] = [
            ("id", c.id),
            ("integration", c.integrationType),
        ]
        if let name = c.integrationName { rows.append(("name", name)) }
        rows.append(("categories", ConnectionsCommand.categories(c)))
        if let status = c.status { rows.append(("status", status)) }
        if let health = c.health { rows.append(("health", health)) }
        if let xref = c.externalXref { rows.append(("external_xref", xref)) }
        if !c.permissions.isEmpty { rows.append(("permissions", c.permissions.joined(separator: ","))) }
        if let paused = c.isPaused { rows.append(("paused", paused ? "yes" : "no")) }
        if let created = c.createdAt { rows.append(("created_at", created)) }
        if let updated = c.updatedAt { rows.append(("updated_at", updated)) }
        if let healthy = c.lastHealthyAt { rows.append(("last_healthy_at", healthy)) }
        if let unhealthy = c.lastUnhealthyAt { rows.append(("last_unhealthy_at", unhealthy)) }
        return rows
    }

    static func print(_ c: Connection, console: Console) {
        KeyValuePrinter.print(rows(c), console: console)
    }
}
