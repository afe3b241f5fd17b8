import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func marketing() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "member":
            return [("id", J.s(id("mem"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("emails", emails()), ("company", J.s(who.company.name)),
                    ("status", J.s(rng.pick(["SUBSCRIBED", "SUBSCRIBED", "SUBSCRIBED", "UNSUBSCRIBED", "CLEANED", "PENDING", "TRANSACTIONAL"]))),
                    ("list_ids", J.strings([ref("lst")])), ("tags", tags(["customer", "lead", "newsletter", "event-2026"], upTo: 2))]
        case "list":
            let sender = user()
            return [("id", J.s(id("lst"))), ("name", J.s(who.phrase)), ("description", J.s("Audience: \(who.phrase)")),
                    ("is_active", J.b(rng.chance(0.85))), ("subject", J.s("News from \(who.company.name)")),
                    ("sender_name", J.s(sender.name)), ("sender_email", J.s("news@\(who.company.domain)")),
                    ("sender_company", J.s(who.company.legalName)), ("language", J.s(who.phrase.split(separator: " ").last.map(String.init)?.lowercased() ?? "en")),
                    ("user_id", J.s(sender.id))]
        default:
            return generic()
        }
    }
}
