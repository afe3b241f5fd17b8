import LizaAPI
import OrderedJSON

extension RecordStore {
    /// Starts a sync of `key`. Changes are marked only when the collection was synced in full
    /// before (the first load marks nothing).
    public func beginSync(_ key: RecordCollectionKey, full: Bool) throws(SQLiteError) -> SyncTicket {
        guard let info = try collection(key, create: true) else {
            throw SQLiteError(code: 1, message: "no collection row", context: "start a sync of \(key)")
        }
        let generation = info.generation + 1
        var next: Int64 = 0
        if !full {
            // New rows of an incremental sync go before everything stored, in the order fetched.
            let lowest = try db.scalar("SELECT min(position) FROM records WHERE collection=?", [.integer(info.id)]).integer ?? 0
            next = lowest - Int64(RecordPaging.maxPages) * 100 - 1
        }
        if full, fullTextSearch, !searchStale, info.fullSyncedAt == nil {
            // A first full load (nothing stored, or only the first page the pane fetched on
            // opening): nearly every row is new, and keeping the trigram index row by row is
            // most of the insert's cost (the TUI's `L` after its first page paid it: 4.5 s for
            // 20,000 rows against 0.5 s of plain paging). Write without it; it is rebuilt in
            // one pass afterwards.
            try db.transaction { () throws(SQLiteError) in
                try db.execute(StoreSchema.dropFullTextTriggers)
                try db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_stale', '1')")
            }
            searchStale = true
        }
        didWrite()
        pending[key] = PendingSync(generation: generation, full: full, marksChanges: info.fullSyncedAt != nil, nextPosition: next)
        return SyncTicket(key: key, generation: generation, full: full)
    }

    /// Writes a page of a sync in one transaction; returns how many rows it stored.
    @discardableResult
    public func write(_ records: [JSONValue], ticket: SyncTicket) throws(SQLiteError) -> Int {
        guard var sync = pending[ticket.key], sync.generation == ticket.generation,
              var info = try collection(ticket.key, create: true) else {
            throw SQLiteError(code: 21, message: "no sync in progress", context: "write records of \(ticket.key)")
        }
        if info.columns.isEmpty, !records.isEmpty {
            info.columns = Array(RecordColumnChoice.choose(records).prefix(StoreSchema.slots))
            let text = JSONValue.array(info.columns.map(JSONValue.string)).serialized()
            try db.query("UPDATE collections SET columns=? WHERE id=?", [.text(text), .integer(info.id)])
            collections[ticket.key] = info
        }
        let columns = info.columns
        let collectionID = info.id
        didWrite()
        try db.transaction { () throws(SQLiteError) in
            for record in records {
                try upsert(record, collection: collectionID, columns: columns, sync: &sync)
            }
        }
        pending[ticket.key] = sync
        return records.count
    }

    /// Ends a sync: records when it ran and, after a complete full sync, removes the rows it did
    /// not see (deleted on the server). An incomplete sync (an error, cancelled) removes nothing.
    public func finishSync(_ ticket: SyncTicket, complete: Bool, now: Double) throws(SQLiteError) -> SyncOutcome {
        guard let sync = pending.removeValue(forKey: ticket.key), sync.generation == ticket.generation,
              var info = try collection(ticket.key, create: true) else {
            throw SQLiteError(code: 21, message: "no sync in progress", context: "finish the sync of \(ticket.key)")
        }
        let id = SQLiteValue.integer(info.id)
        let generation = SQLiteValue.integer(sync.generation)
        var deleted: [String] = []
        didWrite()
        try db.transaction { () throws(SQLiteError) in
            if sync.full && complete {
                try db.forEachRow("SELECT record_id FROM records WHERE collection=? AND seen<?", [id, generation]) { row throws(SQLiteError) in
                    if let text = row[0].text { deleted.append(text) }
                }
                try db.query("DELETE FROM bodies WHERE rowid IN (SELECT rowid FROM records WHERE collection=? AND seen<?)", [id, generation])
                try db.query("DELETE FROM records WHERE collection=? AND seen<?", [id, generation])
            }
            let newest = try db.scalar("SELECT max(updated_at) FROM records WHERE collection=?", [id])
            try db.query(
                "UPDATE collections SET generation=?, synced_at=?, newest_updated_at=?, full_synced_at=CASE WHEN ? THEN ? ELSE full_synced_at END WHERE id=?",
                [generation, .real(now), newest, .integer(sync.full && complete ? 1 : 0), .real(now), id])
        }
        info.generation = sync.generation
        if sync.full && complete { info.fullSyncedAt = now }
        collections[ticket.key] = info
        let counts = try db.query(
            "SELECT sum(change_kind=1), sum(change_kind=2) FROM records WHERE collection=? AND changed_gen=?", [id, generation])
        let new = Int(counts.first?[0].integer ?? 0), changed = Int(counts.first?[1].integer ?? 0)
        return SyncOutcome(new: new, changed: changed, deleted: deleted)
    }

    private func upsert(_ record: JSONValue, collection: Int64, columns: [String], sync: inout PendingSync) throws(SQLiteError) {
        let position = sync.nextPosition
        sync.nextPosition += 1
        let id = Self.recordID(record) ?? "#\(position)"
        let json = record.serialized()
        let updated = record["updated_at"]?.stringValue.map { ISO8601Timestamp.normalize($0) ?? $0 }
        let texts = RecordCells.texts(record, paths: columns)
        let search = SearchText.make(texts)
        var keys = texts.map(NaturalSortKey.key)
        keys += Array(repeating: SQLiteValue.null, count: StoreSchema.slots - keys.count)

        let generation = SQLiteValue.integer(sync.generation)
        // Insert first: a new row (every row of a first sync) costs one statement, not a lookup too.
        try db.query(
            StoreSchema.insertRecord,
            [.integer(collection), .text(id), .integer(position), updated.map(SQLiteValue.text) ?? .null, generation,
             sync.marksChanges ? generation : .integer(0), .integer(sync.marksChanges ? 1 : 0)] + keys)
        if db.changes == 1 {
            try db.query("INSERT INTO bodies(rowid, json, search) VALUES (?, ?, ?)", [.integer(db.lastInsertRowID), .text(json), .text(search)])
            return
        }
        let existing = try db.query(
            "SELECT r.rowid, b.json FROM records r JOIN bodies b ON b.rowid=r.rowid WHERE r.collection=? AND r.record_id=?",
            [.integer(collection), .text(id)])
        guard let row = existing.first, let rowid = row[0].integer else {
            throw SQLiteError(code: 11, message: "a record row without its body", context: "store record \(id)")
        }
        let setPosition: SQLiteValue = .integer(sync.full ? 1 : 0)
        if row[1].text == json {
            try db.query("UPDATE records SET seen=?, position=CASE WHEN ? THEN ? ELSE position END WHERE rowid=?",
                         [generation, setPosition, .integer(position), .integer(rowid)])
            return
        }
        try db.query(
            StoreSchema.updateRecord,
            [generation, setPosition, .integer(position), updated.map(SQLiteValue.text) ?? .null,
             sync.marksChanges ? generation : .integer(0), .integer(sync.marksChanges ? 2 : 0)] + keys + [.integer(rowid)])
        try db.query("UPDATE bodies SET previous=json, json=?, search=? WHERE rowid=?", [.text(json), .text(search), .integer(rowid)])
    }

    /// A record's `id` as text (a string, or a number's literal).
    static func recordID(_ record: JSONValue) -> String? {
        switch record["id"] {
        case .string(let s)?: return s
        case .number(let n)?: return n
        default: return nil
        }
    }
}
