/// The one "did you mean …" policy: which known name, if any, to suggest for a word that matched
/// nothing. Config keys, key contexts and commands, theme roles, categories, object types, filters
/// and integration types all ask here, so every message suggests by the same rule.
///
/// The rule: compare case-insensitively, by characters (grapheme clusters, so "é" is one letter
/// however it is encoded), with the optimal-string-alignment distance (a swap of two neighbouring
/// letters, the commonest typo, costs 1); suggest the nearest name when its distance is at most
/// `allowedDistance(forLength:)` of the typed word — one edit up to five letters, then one more
/// per three. Ties go to the earlier candidate, so callers list names in the order they prefer.
/// Words longer than `longestWord` get no suggestion: the work is bounded whatever is typed.
public enum Suggestion {
    /// Longer words (typed or known) are not compared; no name anyone types by hand is this long.
    public static let longestWord = 64

    /// How many edits a typed word of `length` characters may be from the name suggested.
    public static func allowedDistance(forLength length: Int) -> Int {
        length <= 0 ? 0 : max(1, length / 3)
    }

    /// The known name nearest to `typed`, or nil when none is near enough.
    public static func closest(to typed: String, among names: some Sequence<String>) -> String? {
        closest(to: typed, among: names, names: { [$0] })
    }

    /// The candidate with the name nearest to `typed` (a candidate may go by several names, e.g. a
    /// category's own and its Unified name), or nil when none is near enough.
    public static func closest<Candidate>(to typed: String, among candidates: some Sequence<Candidate>,
                                          names: (Candidate) -> [String]) -> Candidate? {
        let word = Array(typed.lowercased())
        guard !word.isEmpty, word.count <= longestWord else { return nil }
        // Each match lowers the limit below its own distance: a later name must be strictly
        // nearer to replace it (ties go to the earlier one), and an exact match ends the search.
        var limit = allowedDistance(forLength: word.count)
        var best: Candidate?
        for candidate in candidates {
            for name in names(candidate) {
                guard let d = distance(word, Array(name.lowercased()), limit: limit) else { continue }
                best = candidate
                if d == 0 { return best }
                limit = d - 1
            }
        }
        return best
    }

    /// The optimal-string-alignment distance between `a` and `b`, compared as typed (callers
    /// lowercase), or nil when it exceeds `limit` or either is longer than `longestWord`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a), Array(b), limit: limit)
    }

    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard limit >= 0, a.count <= longestWord, b.count <= longestWord, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows of the dynamic-programming table: two back (for swaps), previous, current.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                var cell = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, twoBack[j - 2] + 1)
                }
                current[j] = cell
                rowMinimum = min(rowMinimum, cell)
            }
            // Every later row is at least this row's minimum: stop once nothing can come in range.
            if rowMinimum > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }
}
