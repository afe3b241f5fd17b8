import Testing

@Test func TUIKitTestsPlaceholder() { #expect(Bool(true)) }
