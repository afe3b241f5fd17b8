import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the channel, for the bound port.
struct LoopbackContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
