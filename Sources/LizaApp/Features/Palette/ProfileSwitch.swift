import Foundation
import LizaAPI
import TUIKit

/// What `:profile NAME` changes besides the service: the header (profile, host, token, read-only)
/// and the theme. The panes reload; the history is the new profile's.
public struct ProfileSwitch: Hashable, Sendable {
    public var session: SessionInfo
    /// The profile's theme, when it names one that loaded.
    public var theme: Theme?
    /// A problem worth saying (a theme that did not load, a config warning).
    public var notice: String?

    public init(session: SessionInfo, theme: Theme? = nil, notice: String? = nil) {
        self.session = session
        self.theme = theme
        self.notice = notice
    }

    /// The switch arrived: everything that belonged to the old profile goes, the panes reload.
    static func apply(_ state: inout AppState, name: String, _ result: Result<ProfileSwitch, AppFailure>) -> [Effect] {
        switch result {
        case .failure(let failure):
            state.status.error = "Profile '\(name)': \(failure.message) (keeping \(state.session.profile))"
            return []
        case .success(let change):
            state.session = change.session
            if let theme = change.theme { state.theme = theme }
            state.modals.removeAll()
            state.integrations = IntegrationsState()
            state.connections = ConnectionsState()
            state.records = RecordsState()
            state.passthroughHistory = []
            state.passthroughDrafts = [:]
            state.pendingCommand = nil
            state.screen = .main
            state.status.error = nil
            state.status.notice = change.notice ?? "profile \(change.session.profile)"
                + (change.session.readOnly == nil ? "" : " (read-only)")
            return AppUpdate.start(&state) + [.loadHistory(profile: change.session.profile)]
        }
    }
}
