import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func messaging() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "channel":
            let name = index < NamePools.channelNames.count ? NamePools.channelNames[index] : "\(who.phrase)-\(index + 1)"
            let members: [JSONValue] = (0..<rng.int(2...6)).map { _ in
                let u = user()
                return JSONBuild.object([("user_id", JSONBuild.string(u.id)), ("name", JSONBuild.string(u.name)), ("email", JSONBuild.string(u.email))])
            }
            return [("id", JSONBuild.string("C\(String(0xA0000 + index, radix: 36).uppercased())")), ("name", JSONBuild.string(name)),
                    ("description", JSONBuild.string("Everything about \(name)")), ("is_private", JSONBuild.bool(rng.chance(0.2))),
                    ("is_active", JSONBuild.bool(rng.chance(0.95))), ("has_subchannels", JSONBuild.bool(false)), ("members", .array(members)),
                    ("web_url", JSONBuild.string("https://app.slack.example/client/T01/C\(String(0xA0000 + index, radix: 36).uppercased())"))]
        case "message":
            let author = user()
            let channelIndex = rng.below(min(max(space.count, 1), NamePools.channelNames.count))
            let channelID = "C\(String(0xA0000 + channelIndex, radix: 36).uppercased())"
            let ts = "\(updated).\(String(100_000 + index % 900_000).suffix(6))"
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(ts)), ("message", JSONBuild.string(who.phrase)), ("message_markdown", JSONBuild.string(who.phrase)),
                ("channel_id", JSONBuild.string(channelID)),
                ("channels", .array([JSONBuild.object([("id", JSONBuild.string(channelID)), ("name", JSONBuild.string(NamePools.channelNames[channelIndex]))])])),
                ("author_member", JSONBuild.object([("user_id", JSONBuild.string(author.id)), ("name", JSONBuild.string(author.name)), ("email", JSONBuild.string(author.email))])),
                ("has_children", JSONBuild.bool(rng.chance(0.2))), ("is_unread", JSONBuild.bool(rng.chance(0.3))),
            ]
            if rng.chance(0.25) {
                let m = user()
                f.append(("mentioned_members", .array([JSONBuild.object([("user_id", JSONBuild.string(m.id)), ("name", JSONBuild.string(m.name))])])))
            }
            if rng.chance(0.3) {
                f.append(("reactions", .array([JSONBuild.object([("emoji", JSONBuild.string(rng.pick(["👍", "🎉", "👀", "✅"]))), ("count", JSONBuild.int(rng.int(1...7)))])])))
            }
            f.append(("web_url", JSONBuild.string("https://app.slack.example/archives/\(channelID)/p\(ts.filter { $0 != "." })")))
            return f
        default:
            return generic()
        }
    }
}
