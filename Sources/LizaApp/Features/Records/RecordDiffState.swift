import Foundation

/// The diff modal (`c` on a changed row): each field whose text the last sync changed, before
/// and after (read from the record store).
struct RecordDiffState: Hashable, Sendable {
    var title: String
    var load: LoadState
    var fields: [StoreDiffField] = []
    /// First line shown.
    var scroll = 0

    init(title: String, load: LoadState) {
        self.title = title
        self.load = load
    }

    /// The lines shown: `path`, then `- before` and `+ after` (an absent side says so).
    var lines: [(text: String, kind: LineKind)] {
        var out: [(String, LineKind)] = []
        for field in fields {
            out.append((field.path, .path))
            out.append(("- " + (field.before ?? "(absent)"), .before))
            out.append(("+ " + (field.after ?? "(absent)"), .after))
        }
        return out
    }

    enum LineKind { case path, before, after }
}
