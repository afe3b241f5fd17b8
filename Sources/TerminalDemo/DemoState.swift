import TUIKit

/// The demo's whole state: which row is selected and the last key seen (shown for manual testing).
struct DemoState: Hashable, Sendable {
    /// One row of the demo table. The texts mix CJK, Hangul, emoji sequences and accents on purpose:
    /// they are what misaligns a terminal UI when widths are measured wrongly.
    struct City: Hashable, Sendable {
        var name: String
        var country: String
        var greeting: String
        var mood: String
    }

    static let cities: [City] = [
        City(name: "Tokyo 東京", country: "Japan 日本", greeting: "こんにちは", mood: "😀"),
        City(name: "Seoul 서울", country: "Korea 한국", greeting: "안녕하세요", mood: "👩‍💻"),
        City(name: "Berlin", country: "Deutschland 🇩🇪", greeting: "Grüß Gott", mood: "🍺"),
        City(name: "São Paulo", country: "Brasil", greeting: "Olá", mood: "☕"),
        City(name: "Zürich", country: "Schweiz", greeting: "Grüezi", mood: "⛰"),
        City(name: "Kraków", country: "Polska", greeting: "Dzień dobry", mood: "🎻"),
    ]

    var selection = 0
    var lastKey = "none"

    /// Moves the selection by `delta` rows, staying inside the table.
    mutating func move(by delta: Int) {
        selection = min(max(0, selection + delta), Self.cities.count - 1)
    }
}
