import Testing
import TUIKit

/// The list help shows (`TextEditingKeys.all`) must be what the fields do: every key of an entry
/// is handled by the fields it names, and not by the others.
@Suite struct TextEditingKeysTests {
    @Test func everyListedKeyIsHandledByTheFieldsItNames() {
        for entry in TextEditingKeys.all {
            for key in entry.keys {
                var line = TextFieldState(text: "one two three")
                var area = TextAreaState(text: "one two\nthree four")
                let lineHandles = line.handle(key)
                let areaHandles = area.handle(key)
                switch entry.fields {
                case .every:
                    #expect(lineHandles && areaHandles, "\(key.displayName): \(entry.help)")
                case .oneLine:
                    #expect(lineHandles && !areaHandles, "\(key.displayName): \(entry.help)")
                case .multiLine:
                    #expect(!lineHandles && areaHandles, "\(key.displayName): \(entry.help)")
                }
            }
        }
    }

    @Test func displayJoinsTheKeyNames() {
        #expect(TextEditingKeys.all.first?.display == "←/→/home/end")
        #expect(TextEditingKeys.all.contains { $0.display == "ctrl-u/ctrl-k" })
    }
}
