import Testing

@Test func LizaSandboxTestsPlaceholder() { #expect(Bool(true)) }
