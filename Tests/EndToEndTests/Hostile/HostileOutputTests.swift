@testable import liza
import LizaTesting
import Testing
import TUIKit

/// The CLI's printers on hostile values: sanitized exactly like the Sanitizer would, and fast
/// on huge ones.
@Suite struct HostileOutputTests {
    static let samples: [String] = HostileTexts.escapes + [
        "", "plain", "e\u{301}", "abc e\u{301}\u{301}", "x\r\ny", "tab\tend", "👩‍👩‍👧‍👦 family", "山田太郎", "a\u{200B}b",
        "ok \u{1B}[31mred", "\u{9B}start", "end\u{7F}", "🇩🇪 flag", "\u{301}lead",
    ]

    @Test(arguments: samples)
    func cellIsTheSanitizersText(_ text: String) {
        #expect(TerminalText.cell(text) == Sanitizer.sanitize(text))
    }

    /// The audit lets liza's own OSC 8 links through, and nothing that merely looks like one.
    @Test func theAuditIgnoresOnlyWellFormedHyperlinks() {
        let link = Array("see \u{1B}]8;;https://a.example/x?y=1\u{1B}\\https://a.example\u{1B}]8;;\u{1B}\\ done".utf8)
        #expect(OutputAudit.rawControls(in: link).isEmpty)
        let smuggled = Array("\u{1B}]8;;https://a.example/\u{7}x\u{1B}\\text\u{1B}]8;;\u{1B}\\".utf8)
        #expect(!OutputAudit.rawControls(in: smuggled).isEmpty)
        let title = Array("\u{1B}]2;PWNED\u{1B}\\".utf8)
        #expect(!OutputAudit.rawControls(in: title).isEmpty)
    }

    @Test func hugeCellsAreSanitizedToTheEnd() {
        let cell = TerminalText.cell(HostileTexts.huge)
        #expect(!cell.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(cell.hasPrefix("abcdefgh"))
        #expect(cell.hasSuffix("␛]2;\(HostileTexts.title)␇"))
    }

    @Test func tableCellsAreCutWithoutMeasuringEverything() {
        let huge = TerminalText.cell(HostileTexts.huge)
        #expect(TablePrinter.width(of: huge, upTo: 48) == 48)
        #expect(TablePrinter.width(of: "山田", upTo: 48) == 4)
        let cut = TablePrinter.truncate(huge, to: 10)
        #expect(cut == "abcdefghi…")
        #expect(TablePrinter.truncate("山田太郎", to: 8) == "山田太郎")
        #expect(TablePrinter.truncate("山田太郎", to: 7) == "山田太…")
        let printer = TablePrinter(headers: ["ID", TerminalText.cell("\u{1B}]2;x\u{07}KEY")])
        let widths = printer.widths(for: [["1", huge]], totalWidth: 80)
        #expect(widths[1] == 48)
        let line = printer.line(["1", huge], widths: widths)
        #expect(DisplayWidth.of(line) <= 80)
        #expect(!printer.headerLine(widths: widths, bold: { $0 }).unicodeScalars.contains { $0.value == 0x1B })
    }
}
