import Foundation
import LizaAPI
import TUIKit

extension EffectID {
    static let export = EffectID("export")
    static let exportCompletion = EffectID("exportCompletion")
}

/// The export's effects: the file write and the path completion run in the shell's effect
/// task (they need no service), and answer through `ServiceAnswer` like a request.
extension Effect {
    static func exportRecords(_ job: ExportJob, generation g: Int) -> Effect {
        if job.stored != nil {
            // Streamed from the record store: the same writer, reading the store's batches.
            return .store(StoreRequest(.export, generation: g, parameters: job) { store, _, send in
                await ExportFileWriter.run(job, store: store) { send(.exportProgress(generation: g, $0)) }
            })
        }
        return .request(ServiceRequest(.export, generation: g, parameters: job) { _, send in
            await ExportFileWriter.run(job) { send(.exportProgress(generation: g, $0)) }
        })
    }

    static func exportCompletions(of path: String, generation g: Int) -> Effect {
        .request(ServiceRequest(.exportCompletion, generation: g, parameters: path) { _, send in
            send(.exportCompleted(generation: g, path: path, ExportFileWriter.completions(of: path)))
        })
    }
}

extension Action {
    static func exportProgress(generation g: Int, _ progress: ExportProgress) -> Action {
        .answered(ServiceAnswer(.export, generation: g, progress, isResponse: false) { ExportState.progressed(&$0, generation: g, progress) })
    }

    static func exportCompleted(generation g: Int, path: String, _ entries: [String]) -> Action {
        .answered(ServiceAnswer(.exportCompletion, generation: g, [path] + entries, isResponse: false) {
            ExportState.completed(&$0, generation: g, path: path, entries)
        })
    }
}

extension ExportState {
    /// Applies a report of the running export to the dialog (stale generations are dropped).
    static func progressed(_ app: inout AppState, generation g: Int, _ progress: ExportProgress) -> [Effect] {
        app.withModal(modalCase, where: { $0.generation == g }) { modal, app, _ in
            switch progress {
            case .wrote(let n):
                if case .writing(_, let total) = modal.phase { modal.phase = .writing(written: n, total: total) }
            case .exists:
                modal.phase = .confirmOverwrite
            case .finished(let path, let count):
                modal.phase = .done(path: path, count: count)
                app.status.notice = "exported \(count) \(modal.objectType) record\(count == 1 ? "" : "s") to \(path)"
            case .failed(let message):
                modal.phase = .failed(message)
            }
        }
        return []
    }

    /// Completes the path with the directory entries found: the common prefix of all, and the
    /// list when there are several.
    static func completed(_ app: inout AppState, generation g: Int, path: String, _ entries: [String]) -> [Effect] {
        app.withModal(modalCase, where: { $0.generation == g && $0.path.text == path }) { modal, _, _ in
            modal.completions = entries.count > 1 ? entries : []
            guard let first = entries.first else { return }
            let common = entries.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
            if common.count > path.count { modal.path.text = common }
        }
        return []
    }
}
