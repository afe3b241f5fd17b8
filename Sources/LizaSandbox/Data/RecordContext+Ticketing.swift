import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func ticketing() -> [(String, JSONValue)] {
        let who = identity
        let host = "\(slug(who.company.name.split(separator: " ").first.map(String.init) ?? "acme")).zendesk.example"
        switch object.name {
        case "ticket":
            let closed = rng.chance(0.35)
            var f: [(String, JSONValue)] = [
                ("id", J.s(id("tk"))), ("subject", J.s(who.phrase)),
                ("description", J.s("\(who.phrase).\n\nReported by \(who.name) <\(who.email)>.")),
                ("status", J.s(closed ? "CLOSED" : "ACTIVE")), ("priority", J.s(rng.pick(["low", "normal", "high", "urgent"]))),
                ("source", J.s(rng.pick(["email", "web", "chat", "phone"]))), ("category_id", J.s("cat-\(rng.int(1...6))")),
                ("customer_id", J.s(ref("cu"))), ("user_id", J.s(user().id)),
                ("tags", tags(["bug", "billing", "vip", "feature-request", "login", "mobile"], upTo: 3)),
                ("url", J.s("https://\(host)/agent/tickets/\(1001 + index)")), ("due_at", ts(around(days: 1...14))),
            ]
            if closed { f.append(("closed_at", ts(updated))) }
            return f
        case "customer":
            return [("id", J.s(id("cu"))), ("name", J.s(who.name)), ("emails", emails()), ("telephones", telephones()),
                    ("tags", tags(["vip", "trial", "enterprise", "churn-risk"], upTo: 2))]
        case "note":
            return [("id", J.s(id("nt"))), ("description", J.s(rng.pick(["Reset password, resolved", "Asked for logs", "Escalated to engineering",
                                                                        "Customer confirmed the fix", "Waiting for reply"]) + " (\(who.phrase))")),
                    ("ticket_id", J.s(ref("tk"))), ("customer_id", J.s(ref("cu"))), ("user_id", J.s(user().id))]
        default:
            return generic()
        }
    }
}
