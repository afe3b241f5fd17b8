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
                ("id", JSONBuild.string(id("tk"))), ("subject", JSONBuild.string(who.phrase)),
                ("description", JSONBuild.string("\(who.phrase).\n\nReported by \(who.name) <\(who.email)>.")),
                ("status", JSONBuild.string(closed ? "CLOSED" : "ACTIVE")), ("priority", JSONBuild.string(rng.pick(["low", "normal", "high", "urgent"]))),
                ("source", JSONBuild.string(rng.pick(["email", "web", "chat", "phone"]))), ("category_id", JSONBuild.string("cat-\(rng.int(1...6))")),
                ("customer_id", JSONBuild.string(ref("cu"))), ("user_id", JSONBuild.string(user().id)),
                ("tags", tags(["bug", "billing", "vip", "feature-request", "login", "mobile"], upTo: 3)),
                ("url", JSONBuild.string("https://\(host)/agent/tickets/\(1001 + index)")), ("due_at", ts(around(days: 1...14))),
            ]
            if closed { f.append(("closed_at", ts(updated))) }
            return f
        case "customer":
            return [("id", JSONBuild.string(id("cu"))), ("name", JSONBuild.string(who.name)), ("emails", emails()), ("telephones", telephones()),
                    ("tags", tags(["vip", "trial", "enterprise", "churn-risk"], upTo: 2))]
        case "note":
            return [("id", JSONBuild.string(id("nt"))), ("description", JSONBuild.string(rng.pick(["Reset password, resolved", "Asked for logs", "Escalated to engineering",
                                                                        "Customer confirmed the fix", "Waiting for reply"]) + " (\(who.phrase))")),
                    ("ticket_id", JSONBuild.string(ref("tk"))), ("customer_id", JSONBuild.string(ref("cu"))), ("user_id", JSONBuild.string(user().id))]
        default:
            return generic()
        }
    }
}
