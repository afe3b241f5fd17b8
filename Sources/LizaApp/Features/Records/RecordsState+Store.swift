import Foundation
import TUIKit

extension RecordsState {
    /// The footer with the record store: `synced 3 min ago · 100,000 · 12 changed`, or the sync
    /// running now.
    func storeFooter(keys: AppKeys) -> String {
        var parts: [String] = []
        if let p = syncing {
            parts.append("syncing: \(Self.grouped(p.loaded)) fetched · \(keys.key(.back, in: .global)) cancels")
        } else if let status = storeStatus, !status.complete {
            // Only the first page (or a sync that stopped): say so, and how to get the rest.
            parts.append(status.count <= Self.firstPageMaximum ? "1 page" : "partial")
        } else if let status = storeStatus, let at = status.syncedAt {
            parts.append("synced " + Self.ago(seconds: status.observedAt - at))
        } else if storeStatus != nil || list.totalCount > 0 {
            parts.append("never synced")
        }
        if offline { parts.insert("offline", at: 0) }
        if let status = storeStatus {
            parts.append(Self.grouped(status.count))
            if status.changed > 0 { parts.append("\(Self.grouped(status.changed)) changed") }
            if !status.complete, syncing == nil, !offline { parts.append("\(keys.key(.loadAll, in: .records)) syncs all") }
        }
        if !list.filter.isEmpty {
            parts.insert("\(Self.grouped(list.visibleCount))\(list.source.visibleCountIsLowerBound ? "+" : "") match", at: 0)
        }
        return parts.joined(separator: " · ")
    }

    /// The most records one request returns (the API's page limit): a store holding no more
    /// and never synced in full holds the first page.
    static let firstPageMaximum = 100

    /// `just now`, `3 min ago`, `2 h ago`, `4 days ago` (negative or absurd spans read `just now`).
    static func ago(seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 60 else { return "just now" }
        let minutes = Int(min(seconds, 1e9) / 60)
        if minutes < 60 { return "\(minutes) min ago" }
        if minutes < 48 * 60 { return "\(minutes / 60) h ago" }
        return "\(minutes / (24 * 60)) days ago"
    }

    /// `100,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

extension AppState {
    /// Puts the Records pane on the record store (the shell passed a `RecordStoring` in
    /// `ProgramEnvironment.recordStore`); `offline`: browse it without fetching (`liza --offline`).
    public mutating func useRecordStore(offline: Bool) {
        records.list = ListPane(RecordRows.stored())
        records.offline = offline
    }
}
