import Foundation
import TUIKit
import LizaAPI
/// Human byte sizes: `512 B`, `1.2 kB`, `3.4 MB`.
enum ByteCount {
    static func format(_ n: Int) -> String {
        if n < 1000 { return "\(n) B" }
        let units = ["kB", "MB", "GB"]
        var v = Double(n) / 1000
        var i = 0
        while v >= 1000, i < units.count - 1 { v /= 1000; i += 1 }
        let rounded = (v * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[i])"
    }
}
