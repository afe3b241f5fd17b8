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

    @Test func paragraphWrapsWordsAndBreaksLongTokensNeverTruncating() {
        let url = "http://127.0.0.1:8080/authorize/conn_123?state=abcdefghijklmnop"
        let lines = Paragraph.wrap("Open this URL in your browser: " + url, width: 20)
        #expect(lines == ["Open this URL in", "your browser:", "http://127.0.0.1:808", "0/authorize/conn_123", "?state=abcdefghijklm", "nop"])
        #expect(lines.joined().filter { $0 != " " } == ("Open this URL in your browser: " + url).filter { $0 != " " })
        #expect(Paragraph.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(Paragraph.wrap("東京東京東京", width: 5) == ["東京", "東京", "東京"])
        #expect(Paragraph("one two three").height(forWidth: 7) == 2)
    }

    @Test func paragraphAndTabsSnapshot() {
        let buffer = rendered(30, 6) { b in
            Tabs(["Integrations", "Connections", "Records"], selected: 1).render(into: &b, area: Rect(x: 0, y: 0, width: 30, height: 1), theme: theme)
            Paragraph("Visit https://example.test/very/long/path/that/wraps?x=1 then press enter. " + hostileText)
                .render(into: &b, area: Rect(x: 0, y: 1, width: 30, height: 5), theme: theme)
        }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "tabs-paragraph")
    }

    @Test func tabsScrollTheSelectedTabIntoView() {
        let buffer = rendered(16, 1) { b in
            Tabs(["Integrations", "Connections", "Records"], selected: 2).render(into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0].contains("Records"))
    }
}
