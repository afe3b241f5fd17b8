/// The record store's tables. Bump `version` when they change: a cache is rebuilt, not migrated.
///
/// - `collections`: one row per connection + object type, with the chosen columns (a JSON array
///   of paths, one per sort slot) and the sync bookkeeping.
/// - `records`: slim rows for sorting and filtering — the record id, the server's order
///   (`position`), `updated_at`, sync marks and one natural sort key per column slot (`k0`…).
///   The JSON lives in `bodies` so a scan or sort over a million rows reads little.
/// - `bodies`: the JSON and the previous version (for diffs).
/// - `search`: the search text (the column texts, lowercased, one line), same rowid as the
///   record. A narrow table of its own so that a LIKE scan (a filter of one or two letters,
///   which has no trigram) reads ~100 bytes a row rather than every body's JSON twice.
/// - `search_fts`: an FTS5 trigram index over `search.text` (substring match, external
///   content, kept by triggers except during a first load, after which it is rebuilt once) when
///   the SQLite has FTS5; otherwise, and while it awaits that rebuild, filtering uses LIKE.
enum StoreSchema {
    static let version = "3"

    /// Every table (and virtual table) any version created, dropped when the stored version
    /// differs (their indexes and triggers go with them).
    static let dropAll = """
        DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS bodies_fts; DROP TABLE IF EXISTS search;
        DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS records; DROP TABLE IF EXISTS collections; DROP TABLE IF EXISTS meta;
        """
    /// Sortable column slots per collection.
    static let slots = 16

    static let slotColumns: [String] = (0..<slots).map { "k\($0)" }

    /// A new row (nothing when the id is stored already: `changes` says which).
    static let insertRecord = "INSERT INTO records(collection, record_id, position, updated_at, seen, changed_gen, change_kind, "
        + slotColumns.joined(separator: ", ") + ") VALUES (?, ?, ?, ?, ?, ?, ?, " + Array(repeating: "?", count: slots).joined(separator: ", ")
        + ") ON CONFLICT(collection, record_id) DO NOTHING"

    /// A changed row.
    static let updateRecord = "UPDATE records SET seen=?, position=CASE WHEN ? THEN ? ELSE position END, updated_at=?, changed_gen=?, change_kind=?, "
        + slotColumns.map { "\($0)=?" }.joined(separator: ", ") + " WHERE rowid=?"

    static let tables = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS collections(
            id INTEGER PRIMARY KEY,
            connection TEXT NOT NULL, category TEXT NOT NULL, object TEXT NOT NULL,
            columns TEXT NOT NULL DEFAULT '[]',
            generation INTEGER NOT NULL DEFAULT 0,
            synced_at REAL, full_synced_at REAL, newest_updated_at TEXT,
            UNIQUE(connection, category, object));
        CREATE TABLE IF NOT EXISTS records(
            rowid INTEGER PRIMARY KEY,
            collection INTEGER NOT NULL,
            record_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            updated_at TEXT,
            seen INTEGER NOT NULL,
            changed_gen INTEGER NOT NULL DEFAULT 0,
            change_kind INTEGER NOT NULL DEFAULT 0,
            \(slotColumns.joined(separator: ", ")),
            UNIQUE(collection, record_id));
        CREATE INDEX IF NOT EXISTS records_position ON records(collection, position);
        CREATE INDEX IF NOT EXISTS records_changed ON records(collection, changed_gen);
        CREATE TABLE IF NOT EXISTS bodies(
            rowid INTEGER PRIMARY KEY,
            json TEXT NOT NULL,
            previous TEXT);
        CREATE TABLE IF NOT EXISTS search(
            rowid INTEGER PRIMARY KEY,
            text TEXT NOT NULL);
        """

    static let fullTextTable = """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(text, content='search', content_rowid='rowid', tokenize='trigram');
        """

    /// The triggers that keep `search_fts` in step with `search`. A first load drops them and
    /// rebuilds the index once afterwards (`meta.fts_stale` = 1 meanwhile; LIKE filters then).
    static let fullTextTriggers = """
        CREATE TRIGGER IF NOT EXISTS search_ai AFTER INSERT ON search BEGIN
            INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS search_ad AFTER DELETE ON search BEGIN
            INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS search_au AFTER UPDATE OF text ON search BEGIN
            INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        """

    static let dropFullTextTriggers = "DROP TRIGGER IF EXISTS search_ai; DROP TRIGGER IF EXISTS search_ad; DROP TRIGGER IF EXISTS search_au;"

    /// A record's search text, new or changed (`search_fts` follows by trigger when current).
    static let insertSearch = "INSERT INTO search(rowid, text) VALUES (?, ?)"
    static let updateSearch = "UPDATE search SET text=? WHERE rowid=?"
}
