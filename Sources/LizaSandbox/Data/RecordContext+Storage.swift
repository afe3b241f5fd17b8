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
            ("id", JSONBuild.string(fileID)), ("name", JSONBuild.string(name)), ("type", JSONBuild.string(folder ? "FOLDER" : "FILE")),
            ("mime_type", JSONBuild.string(folder ? "application/vnd.google-apps.folder" : mime)),
        ]
        if !folder { f.append(("size", JSONBuild.int(rng.int(800...25_000_000)))) }
        f += [("parent_id", JSONBuild.string(index < 9 || rng.chance(0.3) ? "root" : "folder-\(rng.below(max(index / 9, 1)) * 9 + 1001)")),
              ("description", JSONBuild.string(folder ? "Shared folder" : "Uploaded by \(owner.name)")),
              ("web_url", JSONBuild.string("https://drive.google.com/\(folder ? "drive/folders" : "file/d")/\(fileID)\(folder ? "" : "/view")"))]
        if !folder {
            f += [("download_url", JSONBuild.string("https://www.googleapis.com/drive/v3/files/\(fileID)?alt=media")),
                  ("hash", JSONBuild.string(String(StableHash.mix(space.seed, UInt64(index) &+ 17), radix: 16))),
                  ("version", JSONBuild.string(String(rng.int(1...12))))]
        }
        f += [("user_id", JSONBuild.string(owner.id)),
              ("permissions", .array([JSONBuild.object([("user_id", JSONBuild.string(owner.id)), ("roles", JSONBuild.strings(["OWNER"]))]),
                                      JSONBuild.object([("is_public", JSONBuild.bool(false)), ("group_id", JSONBuild.string("grp-1001")), ("roles", JSONBuild.strings([rng.pick(["READ", "WRITE"])]))])]))]
        return f
    }
}
