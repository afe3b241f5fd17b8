/// The fixed keys `TextFieldState` and `TextAreaState` edit with, as data, so help and the README
/// list them from here rather than from prose (`TextEditingKeysTests` checks each entry against
/// the fields' `handle`). They are not commands: an app cannot remap them, but it can bind a key
/// first in a context, and then that binding wins.
public enum TextEditingKeys {
    /// One line of the list: keys that do one thing, and in which kind of field.
    public struct Entry: Hashable, Sendable {
        /// Which text fields handle the keys.
        public enum Fields: Hashable, Sendable { case every, oneLine, multiLine }

        public let keys: [KeyEvent]
        public let help: String
        public let fields: Fields

        /// `←/→/home/end`.
        public var display: String { keys.map(\.displayName).joined(separator: "/") }
    }

    public static let all: [Entry] = [
        Entry(keys: [KeyEvent(.left), KeyEvent(.right), KeyEvent(.home), KeyEvent(.end)], help: "move the cursor", fields: .every),
        Entry(keys: [.ctrl("a"), .ctrl("e")], help: "start / end of line", fields: .every),
        Entry(keys: [.alt("b"), .alt("f")], help: "word left / right", fields: .every),
        Entry(keys: [KeyEvent(.backspace), KeyEvent(.delete)], help: "delete before / at the cursor", fields: .every),
        Entry(keys: [.ctrl("u"), .ctrl("k")], help: "delete to start / end of line", fields: .every),
        Entry(keys: [.ctrl("w")], help: "delete the previous word (one-line fields)", fields: .oneLine),
        Entry(keys: [KeyEvent(.enter)], help: "new line (multi-line fields)", fields: .multiLine),
    ]
}
