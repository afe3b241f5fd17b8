import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func storage() -> [(String, JSONValue)] {
        let who = identity
        guard object.name == "file" else { return generic() }
        let folder = index % 9 == 0
        let ext = who.phrase.split(separator: ".").last.map(String.init) ?? "pdf"
        let mime = NamePools.fileKinds.first { $0.ext == ext }?.mime ?? "application/octet-stream"
        let fileID = "1\(String(StableHash.mix(StableHash.string(connection), UInt64(index)) % 0xFFFF_FFFF_FFFF, radix: 36))\(index)"
        let owner = user()
        let name = folder ? who.phrase.split(separator: ".").first.map(String.init) ?? "Folder" : who.phrase
        var f: [(String, JSONValue)] = [
            ("id", J.s(fileID)), ("name", J.s(name)), ("type", J.s(folder ? "FOLDER" : "FILE")),
            ("mime_type", J.s(folder ? "application/vnd.google-apps.folder" : mime)),
        ]
        if !folder { f.append(("size", J.i(rng.int(800...25_000_000)))) }
        f += [("parent_id", J.s(index < 9 || rng.chance(0.3) ? "root" : "folder-\(rng.below(max(index / 9, 1)) * 9 + 1001)")),
              ("description", J.s(folder ? "Shared folder" : "Uploaded by \(owner.name)")),
              ("web_url", J.s("https://drive.google.com/\(folder ? "drive/folders" : "file/d")/\(fileID)\(folder ? "" : "/view")"))]
        if !folder {
            f += [("download_url", J.s("https://www.googleapis.com/drive/v3/files/\(fileID)?alt=media")),
                  ("hash", J.s(String(StableHash.mix(space.seed, UInt64(index) &+ 17), radix: 16))),
                  ("version", J.s(String(rng.int(1...12))))]
        }
        f += [("user_id", J.s(owner.id)),
              ("permissions", .array([J.o([("user_id", J.s(owner.id)), ("roles", J.strings(["OWNER"]))]),
                                      J.o([("is_public", J.b(false)), ("group_id", J.s("grp-1001")), ("roles", J.strings([rng.pick(["READ", "WRITE"])]))])]))]
        return f
    }
}
