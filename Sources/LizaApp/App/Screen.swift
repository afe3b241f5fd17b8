import Foundation
import TUIKit
import LizaAPI
/// The top-level screen: the welcome page (no token yet) or the panes.
public enum Screen: Hashable, Sendable {
    case welcome(WelcomeState)
    case main
}
