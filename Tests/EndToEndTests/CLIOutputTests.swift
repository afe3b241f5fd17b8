import OrderedJSON
import Testing
@testable import liza
@testable import LizaAPI

/// The CLI's output helpers, without a process or a network.
@Suite struct CLIOutputTests {
    @Test func tableColumnsAreSizedByDisplayWidthAndTruncated() {
        let table = TablePrinter(headers: ["ID", "NAME"], maxColumnWidth: 10)
        let rows = [["1", "日本語テキスト"], ["22", "a very long name indeed"]]
        let widths = table.widths(for: rows, totalWidth: 80)
        #expect(widths == [2, 10])
        #expect(table.line(rows[0], widths: widths) == "1   日本語テ…")
        #expect(table.line(rows[1], widths: widths) == "22  a very lo…")
        #expect(table.line(["3", ""], widths: widths) == "3")
    }

    @Test func tableShrinksTheWidestColumnToFitTheTerminal() {
        let table = TablePrinter(headers: ["A", "B"])
        let rows = [[String(repeating: "x", count: 40), String(repeating: "y", count: 10)]]
        let widths = table.widths(for: rows, totalWidth: 30)
        #expect(widths.reduce(0, +) + 2 <= 30)
        #expect(widths[1] == 10)
    }

    @Test func tsvRowsHaveNoHeaderAndOneLineEach() {
        #expect(TablePrinter.tsv([["a", "b"], ["c", ""]]) == "a\tb\nc\t\n")
    }

    @Test func apiTextIsSanitizedForTheTerminal() {
        let hostile = "evil\u{1B}]52;c;ZXZpbA==\u{07}name\nnext\ttab"
        let cell = TerminalText.cell(hostile)
        #expect(!cell.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        let multi = TerminalText.multiline("line1\n\u{1B}[2Jline2\r\n\tindented")
        #expect(multi.split(separator: "\n").count == 3)
        #expect(!multi.contains("\u{1B}"))
        #expect(multi.contains("\t"))
    }

    @Test func jsonForTheTerminalEscapesFormatAndC1Characters() throws {
        let value = JSONValue.object([("name", .string("abc\u{202E}def\u{9B}31m\u{200B}😀"))])
        let text = TerminalText.json(value.prettyPrinted())
        #expect(text.contains("\\u202e"))
        #expect(text.contains("\\u009b"))
        #expect(text.contains("\\u200b"))
        #expect(text.contains("😀"))
        // Still the same JSON value.
        #expect(try JSONValue.parse(text) == value)
    }

    @Test func recordColumnsPreferIdentifyingFields() throws {
        let records = [
            try JSONValue.parse(#"{"created_at":"2026","id":"1","emails":[{"email":"a@x","type":"WORK"},{"email":"b@x"}],"raw":{},"name":"Ada","zeta":null,"updated_at":"2026-05"}"#),
        ]
        let columns = RecordColumns.terminalColumns(records)
        #expect(columns == ["id", "name", "emails", "updated_at"])
        #expect(RecordColumns.cell(records[0]["emails"]) == "a@x (+1)")
        #expect(RecordColumns.scriptCell(records[0]["emails"]) == #"[{"email":"a@x","type":"WORK"},{"email":"b@x"}]"#)
        #expect(RecordColumns.allKeys(records).first == "created_at")
    }

    @Test func exitCodesFollowTheErrorKind() {
        #expect(ExitStatus.code(for: LizaError(kind: .auth, status: 401, message: "")) == 3)
        #expect(ExitStatus.code(for: LizaError(kind: .forbidden, status: 403, message: "")) == 3)
        #expect(ExitStatus.code(for: LizaError(kind: .validation, message: "", field: .limit)) == 2)
        #expect(ExitStatus.code(for: LizaError(kind: .validation, status: 400, message: "")) == 1)
        #expect(ExitStatus.code(for: LizaError(kind: .notFound, status: 404, message: "")) == 1)
        #expect(ExitStatus.code(for: LizaError(kind: .network, message: "")) == 4)
        #expect(ExitStatus.code(for: LizaError(kind: .timeout, message: "")) == 4)
        #expect(ExitStatus.code(for: LizaError(kind: .rateLimited, status: 429, message: "")) == 5)
        #expect(ExitStatus.code(for: LizaError(kind: .configuration, message: "")) == 2)
    }

    @Test func categoryAndObjectArgumentsSuggest() throws {
        #expect(try CategoryArgument.parse("HRIS") == .hr)
        #expect(try CategoryArgument.parseList(["crm,ticketing", "crm"]) == [.crm, .ticketing])
        let error = #expect(throws: CLIFailure.self) { try CategoryArgument.parse("tickting") }
        #expect(error?.message.contains("did you mean ticketing?") == true)
        #expect(error?.exitCode == 2)
        #expect(try CategoryArgument.checkObject("widget", in: .crm) == nil) // unknown but not close: allowed
        #expect(throws: CLIFailure.self) { try CategoryArgument.checkObject("contcat", in: .crm) }
    }

    @Test func usageErrorsMapToExit2() async {
        #expect(await Liza.runMain(["records", "c", "crm", "contact", "--limit", "101"]) == 2)
        #expect(await Liza.runMain(["integrations", "--no-such-flag"]) == 2)
        #expect(await Liza.runMain(["objects", "crn"]) == 2)
    }
}
