import Foundation
import LizaAPI
import TUIKit

/// A single-line text being edited: the text and a cursor (in characters).
///
/// Forms, filters and the command palette all edit text through this one type, so the same
/// editing keys (readline-style) work everywhere.
struct TextInput: Hashable, Sendable {
    /// The characters typed so far.
    private(set) var characters: [Character]
    /// Cursor position, 0…characters.count.
    private(set) var cursor: Int

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text as a String.
    var text: String { String(characters) }
    var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole text and puts the cursor at the end.
    mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Inserts text at the cursor.
    mutating func insert(_ text: String) {
        let new = Array(text)
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// Applies an editing key. Returns false when the key is not an editing key (the caller
    /// may then use it for something else, e.g. `enter` to submit).
    @discardableResult
    mutating func handle(_ event: KeyEvent) -> Bool {
        let ctrl = event.modifiers.contains(.ctrl)
        switch event.key {
        case .char(let c) where ctrl:
            switch c {
            case "a": cursor = 0
            case "e": cursor = characters.count
            case "u": characters.removeSubrange(0..<cursor); cursor = 0
            case "k": characters.removeSubrange(cursor..<characters.count)
            case "w": deleteWordBackward()
            case "b": cursor = max(0, cursor - 1)
            case "f": cursor = min(characters.count, cursor + 1)
            case "d": if cursor < characters.count { characters.remove(at: cursor) }
            case "h": if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
            default: return false
            }
            return true
        case .char(let c) where event.modifiers.contains(.alt):
            _ = c
            return false
        case .char(let c):
            characters.insert(c, at: cursor)
            cursor += 1
            return true
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
            return true
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
            return true
        case .left: cursor = max(0, cursor - 1); return true
        case .right: cursor = min(characters.count, cursor + 1); return true
        case .home: cursor = 0; return true
        case .end: cursor = characters.count; return true
        default: return false
        }
    }

    private mutating func deleteWordBackward() {
        var i = cursor
        while i > 0, characters[i - 1] == " " { i -= 1 }
        while i > 0, characters[i - 1] != " " { i -= 1 }
        characters.removeSubrange(i..<cursor)
        cursor = i
    }
}
