import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the connection's channel, which the
/// sandbox needs to drop a connection and to know its own port.
struct SandboxContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
