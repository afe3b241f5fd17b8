import Foundation
import LizaAPI

extension EffectID {
    static let columnLayouts = EffectID("columnLayouts")
}

/// Saving the layouts is a shell effect (the file write never happens in update); a newer save
/// replaces one still running.
extension Effect {
    static func saveColumnLayouts(_ layouts: [String: ColumnLayout], to path: String) -> Effect {
        let text = ColumnLayoutStore.text(layouts)
        return .request(ServiceRequest(.columnLayouts, generation: 0, parameters: [path, text]) { _, send in
            do throws(PrivateFileError) {
                try PrivateFile.write(text, to: path)
            } catch {
                send(.columnLayoutsSaved(.failure(AppFailure(error.description))))
            }
        })
    }
}

extension Action {
    static func columnLayoutsSaved(_ result: Result<Bool, AppFailure>) -> Action {
        .answered(ServiceAnswer(.columnLayouts, generation: 0, result, isResponse: false) { app in
            if case .failure(let failure) = result { app.status.error = failure.message }
            return []
        })
    }
}

extension RecordsState {
    /// Changes the current table's layout; returns the save (none when layouts are not kept).
    mutating func changeLayout(_ change: (inout ColumnLayout) -> Void) -> [Effect] {
        var current = layout
        change(&current)
        layout = current
        columnOffset = min(columnOffset, maxColumnOffset)
        guard let layoutsFile else { return [] }
        return [.saveColumnLayouts(layouts, to: layoutsFile)]
    }
}
