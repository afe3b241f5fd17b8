import Foundation
import LizaAPI

/// Where a profile's record store lives, and how it goes away.
public enum RecordStoreFiles {
    /// `<cache>/records-<profile>.sqlite`; characters other than letters, digits, `-` and `_`
    /// are dropped from the profile name, so it cannot name another folder.
    public static func databaseFile(paths: LizaPaths, profile: String) -> String {
        let safe = profile.filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
        return paths.cacheDirectory + "/records-\(safe.isEmpty ? "default" : safe).sqlite"
    }

    /// The database and SQLite's companion files (`-wal`, `-shm`, `-journal`).
    public static func files(of database: String) -> [String] {
        [database, database + "-wal", database + "-shm", database + "-journal"]
    }

    /// Every record store file in the cache folder (any profile).
    public static func allDatabases(paths: LizaPaths) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: paths.cacheDirectory)) ?? []
        return names.filter { $0.hasPrefix("records-") && $0.hasSuffix(".sqlite") }.sorted().map { paths.cacheDirectory + "/" + $0 }
    }

    /// Removes the database and its companions; a missing file is fine.
    public static func remove(_ database: String) throws(SQLiteError) {
        for path in files(of: database) where unlink(path) != 0 && errno != ENOENT {
            throw SQLiteError(code: 10, message: String(cString: strerror(errno)), context: "remove \(path)")
        }
    }

    /// Bytes on disk of the database and its companions.
    public static func size(of database: String) -> Int64 {
        files(of: database).reduce(0) { total, path in
            var info = stat()
            return stat(path, &info) == 0 ? total + Int64(info.st_size) : total
        }
    }

    /// The store a profile's policy asks for: nil for `off`; a temporary database for `session`
    /// (and a persisted one of that profile removed, so switching to `session` leaves nothing);
    /// the profile's file for `persist`.
    public static func open(policy: CachePolicy, paths: LizaPaths, profile: String) throws(SQLiteError) -> RecordStore? {
        let file = databaseFile(paths: paths, profile: profile)
        switch policy {
        case .off:
            return nil
        case .session:
            try remove(file)
            return try RecordStore(file: nil)
        case .persist:
            return try RecordStore(file: file)
        }
    }
}
