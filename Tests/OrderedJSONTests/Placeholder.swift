import Testing

@Test func OrderedJSONTestsPlaceholder() { #expect(Bool(true)) }
