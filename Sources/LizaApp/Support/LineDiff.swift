import Foundation

/// A line diff (longest common subsequence), for the preview of a PUT/PATCH against what the
/// last GET of the same path returned. Pure.
enum LineDiff {
    enum Line: Hashable, Sendable {
        case same(String), removed(String), added(String)

        /// `  text`, `- text`, `+ text`.
        var text: String {
            switch self {
            case .same(let t): return "  " + t
            case .removed(let t): return "- " + t
            case .added(let t): return "+ " + t
            }
        }
    }

    /// Past this many lines on either side the table would be too large: nil.
    static let maxLines = 1500

    /// The edit from `old` to `new`, or nil when either side is too long to compare.
    static func lines(from old: [String], to new: [String]) -> [Line]? {
        guard old.count <= maxLines, new.count <= maxLines else { return nil }
        let n = old.count, m = new.count
        // lengths[i][j]: the LCS of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out: [Line] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                out.append(.same(old[i])); i += 1; j += 1
            } else if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] {
                out.append(.added(new[j])); j += 1
            } else {
                out.append(.removed(old[i])); i += 1
            }
        }
        return out
    }

    /// Only the changed lines with `context` unchanged lines around each change (`…` between runs).
    static func hunks(_ lines: [Line], context: Int = 2) -> [Line] {
        let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var keep = Set<Int>()
        for k in changed { for d in -context...context where lines.indices.contains(k + d) { keep.insert(k + d) } }
        var out: [Line] = []
        var last = -1
        for k in keep.sorted() {
            if last >= 0, k > last + 1 { out.append(.same("…")) }
            out.append(lines[k])
            last = k
        }
        return out
    }
}
