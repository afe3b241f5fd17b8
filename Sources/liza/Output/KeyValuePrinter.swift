import TUIKit

/// Prints `field  value` lines aligned on a terminal, or `field<TAB>value` rows for scripts.
/// Values are sanitized here; fields are liza's own names or API keys (sanitized too).
enum KeyValuePrinter {
    static func print(_ rows: [(String, String)], console: Console) {
        let cleaned = rows.map { (TerminalText.cell($0.0), TerminalText.cell($0.1)) }
        guard console.stdoutIsTTY else {
            console.out(TablePrinter.tsv(cleaned.map { [$0.0, $0.1] }))
            return
        }
        let keyWidth = cleaned.map { TablePrinter.width(of: $0.0, upTo: 24) }.max() ?? 0
        let valueWidth = max(20, console.width - keyWidth - 2)
        var out = ""
        for (key, value) in cleaned {
            let k = TablePrinter.truncate(key, to: keyWidth)
            let pad = String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(k)))
            out += console.bold(k) + pad + "  " + TablePrinter.truncate(value, to: valueWidth) + "\n"
        }
        console.out(out)
    }
}
