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
                return J.o([("user_id", J.s(u.id)), ("name", J.s(u.name)), ("email", J.s(u.email))])
            }
            return [("id", J.s("C\(String(0xA0000 + index, radix: 36).uppercased())")), ("name", J.s(name)),
                    ("description", J.s("Everything about \(name)")), ("is_private", J.b(rng.chance(0.2))),
                    ("is_active", J.b(rng.chance(0.95))), ("has_subchannels", J.b(false)), ("members", .array(members)),
                    ("web_url", J.s("https://app.slack.example/client/T01/C\(String(0xA0000 + index, radix: 36).uppercased())"))]
        case "message":
            let author = user()
            let channelIndex = rng.below(min(max(space.count, 1), NamePools.channelNames.count))
            let channelID = "C\(String(0xA0000 + channelIndex, radix: 36).uppercased())"
            let ts = "\(updated).\(String(100_000 + index % 900_000).suffix(6))"
            var f: [(String, JSONValue)] = [
                ("id", J.s(ts)), ("message", J.s(who.phrase)), ("message_markdown", J.s(who.phrase)),
                ("channel_id", J.s(channelID)),
                ("channels", .array([J.o([("id", J.s(channelID)), ("name", J.s(NamePools.channelNames[channelIndex]))])])),
                ("author_member", J.o([("user_id", J.s(author.id)), ("name", J.s(author.name)), ("email", J.s(author.email))])),
                ("has_children", J.b(rng.chance(0.2))), ("is_unread", J.b(rng.chance(0.3))),
            ]
            if rng.chance(0.25) {
                let m = user()
                f.append(("mentioned_members", .array([J.o([("user_id", J.s(m.id)), ("name", J.s(m.name))])])))
            }
            if rng.chance(0.3) {
                f.append(("reactions", .array([J.o([("emoji", J.s(rng.pick(["👍", "🎉", "👀", "✅"]))), ("count", J.i(rng.int(1...7)))])])))
            }
            f.append(("web_url", J.s("https://app.slack.example/archives/\(channelID)/p\(ts.filter { $0 != "." })")))
            return f
        default:
            return generic()
        }
    }
}
