import Testing
import TUIKit
import TUIKitTesting

@Suite struct SmallWidgetTests {
    @Test func spinnerFramesComeFromTheTick() {
        #expect(Spinner.frame(0) == "⠋")
        #expect(Spinner.frame(10) == "⠋")
        #expect(Spinner.frame(-1) == "⠏")
        #expect(Spinner.frame(5, frames: .ascii) == "/")
        let buffer = rendered(20, 1) { b in
            Spinner(tick: 2, label: "Loading contacts…").render(into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0] == "⠹ Loading contacts… ")
    }

    @Test func wrapBreaksWordsAndLongTokensNeverTruncating() {
        let url = "http://127.0.0.1:8080/authorize/conn_123?state=abcdefghijklmnop"
        let lines = TextWrap.wrap("Open this URL in your browser: " + url, width: 20)
        #expect(lines == ["Open this URL in", "your browser:", "http://127.0.0.1:808", "0/authorize/conn_123", "?state=abcdefghijklm", "nop"])
        #expect(lines.joined().filter { $0 != " " } == ("Open this URL in your browser: " + url).filter { $0 != " " })
        #expect(TextWrap.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrap.wrap("東京東京東京", width: 5) == ["東京", "東京", "東京"])
    }
}
