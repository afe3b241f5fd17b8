import Testing

@Test func CursesTerminalTestsPlaceholder() { #expect(Bool(true)) }
