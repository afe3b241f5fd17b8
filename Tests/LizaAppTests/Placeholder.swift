import Testing

@Test func LizaAppTestsPlaceholder() { #expect(Bool(true)) }
