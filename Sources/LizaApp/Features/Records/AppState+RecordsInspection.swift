import Foundation
import TUIKit

extension AppState {
    /// What the Records pane shows now (see `RecordsInspection`).
    public var recordsInspection: RecordsInspection {
        RecordsInspection(collection: records.storeCollection, selectedIndex: records.list.table.selected,
                          filter: records.list.filter.text, isFiltering: records.list.isFiltering,
                          visibleCount: records.list.visibleCount, totalCount: records.list.totalCount,
                          syncFetched: records.syncing?.loaded, focused: focus == .records)
    }
}
