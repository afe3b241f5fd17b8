import Testing

@Test func LizaAPITestsPlaceholder() { #expect(Bool(true)) }
