import Suggestions
import Testing

@Suite struct SuggestionTests {
    @Test func allowedDistanceGrowsOneEditPerThreeLetters() {
        #expect(Suggestion.allowedDistance(forLength: 0) == 0)
        #expect(Suggestion.allowedDistance(forLength: 1) == 1)
        #expect(Suggestion.allowedDistance(forLength: 5) == 1)
        #expect(Suggestion.allowedDistance(forLength: 6) == 2)
        #expect(Suggestion.allowedDistance(forLength: 9) == 3)
    }

    @Test func distanceCountsASwapOfNeighboursAsOneEdit() {
        #expect(Suggestion.distance("emial", "email", limit: 5) == 1)
        #expect(Suggestion.distance("crn", "crm", limit: 5) == 1)
        #expect(Suggestion.distance("kitten", "sitting", limit: 5) == 3)
        #expect(Suggestion.distance("abc", "abc", limit: 0) == 0)
        #expect(Suggestion.distance("", "abc", limit: 5) == 3)
        #expect(Suggestion.distance("", "", limit: 0) == 0)
    }

    @Test func distanceBeyondTheLimitIsNil() {
        #expect(Suggestion.distance("kitten", "sitting", limit: 2) == nil)
        #expect(Suggestion.distance("a", "abcdef", limit: 2) == nil)
        #expect(Suggestion.distance("abc", "abd", limit: -1) == nil)
    }

    @Test func closestSuggestsANearMissCaseInsensitively() {
        let names = ["base_url", "ca_bundle", "token"]
        #expect(Suggestion.closest(to: "base_ulr", among: names) == "base_url")
        #expect(Suggestion.closest(to: "CA_BUNDEL", among: names) == "ca_bundle")
        #expect(Suggestion.closest(to: "Token", among: names) == "token")
    }

    @Test func closestSuggestsNothingWhenNothingIsNear() {
        #expect(Suggestion.closest(to: "zzzzzzzzzz", among: ["primary", "secondary"]) == nil)
        // Two edits in a three-letter word is a different word, not a typo.
        #expect(Suggestion.closest(to: "abx", among: ["hr", "crm"]) == nil)
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
    }

    @Test func emptyInputGetsNoSuggestion() {
        #expect(Suggestion.closest(to: "", among: ["a", "b"]) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["", "zz"]) == nil)
    }

    @Test func tiesGoToTheEarlierCandidateAndNearerWins() {
        #expect(Suggestion.closest(to: "cat", among: ["bat", "cot"]) == "bat")
        #expect(Suggestion.closest(to: "contcat", among: ["contract", "contact"]) == "contact")
        #expect(Suggestion.closest(to: "crm", among: ["crn", "crm"]) == "crm")
    }

    @Test func aCandidateMayGoBySeveralNames() {
        struct Category: Equatable { let name: String; let alias: String }
        let all = [Category(name: "hr", alias: "hris"), Category(name: "crm", alias: "crm")]
        #expect(Suggestion.closest(to: "hirs", among: all, names: { [$0.name, $0.alias] }) == all[0])
        #expect(Suggestion.closest(to: "HRIS", among: all, names: { [$0.name, $0.alias] }) == all[0])
    }

    @Test func nonASCIIIsComparedByCharacter() {
        // "é" precomposed and as e + combining accent are one character, equal to each other.
        #expect(Suggestion.distance("caf\u{E9}", "cafe\u{301}", limit: 0) == 0)
        #expect(Suggestion.closest(to: "Café", among: ["cafe", "café"]) == "café")
        #expect(Suggestion.closest(to: "résumé", among: ["resume"]) == "resume")
        #expect(Suggestion.closest(to: "日本誤", among: ["日本語", "中文"]) == "日本語")
        #expect(Suggestion.closest(to: "👍🏽x", among: ["👍🏽"]) == "👍🏽")
    }

    @Test func longInputIsNotComparedAndDoesNotTrap() {
        let long = String(repeating: "a", count: 100_000)
        #expect(Suggestion.closest(to: long, among: ["a", long]) == nil)
        #expect(Suggestion.closest(to: "aaa", among: [long, "aab"]) == "aab")
        #expect(Suggestion.distance(long, long, limit: 1_000_000) == nil)
        let atTheCap = String(repeating: "b", count: Suggestion.longestWord)
        let nearMiss = String(atTheCap.dropLast()) + "c"
        #expect(Suggestion.closest(to: atTheCap, among: [atTheCap + "c", nearMiss]) == nearMiss)
    }
}
