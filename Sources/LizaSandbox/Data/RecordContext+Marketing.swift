import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func marketing() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "member":
            return [("id", JSONBuild.string(id("mem"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("emails", emails()), ("company", JSONBuild.string(who.company.name)),
                    ("status", JSONBuild.string(rng.pick(["SUBSCRIBED", "SUBSCRIBED", "SUBSCRIBED", "UNSUBSCRIBED", "CLEANED", "PENDING", "TRANSACTIONAL"]))),
                    ("list_ids", JSONBuild.strings([ref("lst")])), ("tags", tags(["customer", "lead", "newsletter", "event-2026"], upTo: 2))]
        case "list":
            let sender = user()
            return [("id", JSONBuild.string(id("lst"))), ("name", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("Audience: \(who.phrase)")),
                    ("is_active", JSONBuild.bool(rng.chance(0.85))), ("subject", JSONBuild.string("News from \(who.company.name)")),
                    ("sender_name", JSONBuild.string(sender.name)), ("sender_email", JSONBuild.string("news@\(who.company.domain)")),
                    ("sender_company", JSONBuild.string(who.company.legalName)), ("language", JSONBuild.string(who.phrase.split(separator: " ").last.map(String.init)?.lowercased() ?? "en")),
                    ("user_id", JSONBuild.string(sender.id))]
        default:
            return generic()
        }
    }
}
