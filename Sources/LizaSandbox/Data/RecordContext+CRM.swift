import LizaAPI
import OrderedJSON

extension RecordContext {
    static let dealStages: [(id: String, name: String, probability: Int)] = [
        ("s1", "Qualified", 20), ("s2", "Discovery", 35), ("s3", "Proposal", 50), ("s4", "Negotiation", 70),
        ("s5", "Closed won", 100), ("s6", "Closed lost", 0),
    ]

    mutating func crm() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "contact":
            let u = user()
            let handle = "\(who.first.lowercased().filter(\.isLetter))-\(who.last.lowercased().filter(\.isLetter))"
            return [("id", J.s(id("ct"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("title", J.s(rng.pick(NamePools.titles))), ("department", J.s(rng.pick(NamePools.departments))),
                    ("company", J.s(who.company.name)), ("company_ids", J.strings([companyID])), ("deal_ids", refs("dl", upTo: 2)),
                    ("emails", emails()), ("telephones", telephones()), ("address", address()),
                    ("link_urls", J.strings(["https://www.linkedin.com/in/\(handle)"])), ("user_id", J.s(u.id))]
        case "company":
            let c = who.company
            return [("id", J.s(id("co"))), ("name", J.s(c.name)), ("description", J.s("\(c.industry) company based in \(place.city)")),
                    ("domains", J.strings([c.domain])), ("websites", J.strings(["https://www.\(c.domain)"])),
                    ("emails", .array([J.o([("email", J.s("info@\(c.domain)")), ("type", J.s("WORK"))])])),
                    ("telephones", telephones()), ("address", address()), ("industry", J.s(c.industry)),
                    ("employees", J.i([8, 25, 60, 120, 450, 1200, 5000][rng.below(7)])),
                    ("tags", tags(["customer", "prospect", "partner", "churned", "vip"], upTo: 2)), ("timezone", J.s(place.tz)),
                    ("is_active", J.b(rng.chance(0.9))), ("contact_ids", refs("ct", upTo: 4)), ("deal_ids", refs("dl", upTo: 2)),
                    ("user_id", J.s(user().id))]
        case "deal":
            let stage = rng.pick(Self.dealStages)
            let closing = around(days: -30...120)
            var f: [(String, JSONValue)] = [
                ("id", J.s(id("dl"))), ("name", J.s(who.phrase)), ("amount", J.money(amountCents(500...90_000))),
                ("currency", J.s(currency)), ("probability", J.i(stage.probability)), ("stage", J.s(stage.name)),
                ("stage_id", J.s(stage.id)), ("pipeline", J.s("Sales")), ("pipeline_id", J.s("pl-1001")),
                ("closing_at", ts(closing)),
            ]
            if stage.id == "s5" || stage.id == "s6" { f.append(("closed_at", ts(min(updated, closing)))) }
            if stage.id == "s5" { f.append(("won_reason", J.s(rng.pick(["Best price", "Feature fit", "Existing relationship"])))) }
            if stage.id == "s6" { f.append(("lost_reason", J.s(rng.pick(["Budget", "Chose competitor", "No decision"])))) }
            f += [("source", J.s(rng.pick(["Inbound", "Referral", "Outbound", "Event", "Partner"]))),
                  ("tags", tags(["q3", "enterprise", "renewal", "upsell"], upTo: 2)),
                  ("company_ids", J.strings([companyID])), ("contact_ids", refs("ct", upTo: 2)), ("user_id", J.s(user().id))]
            return f
        case "lead":
            return [("id", J.s(id("ld"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("company_name", J.s(who.company.name)), ("company_id", J.s(companyID)), ("emails", emails()),
                    ("telephones", telephones()), ("address", address()),
                    ("status", J.s(rng.pick(["NEW", "CONTACTED", "QUALIFIED", "UNQUALIFIED"]))),
                    ("source", J.s(rng.pick(["Website", "Trade show", "Webinar", "Cold call", "Referral"]))),
                    ("is_active", J.b(rng.chance(0.8))), ("creator_user_id", J.s(user().id)), ("user_id", J.s(user().id))]
        case "event":
            let type = rng.pick(["NOTE", "EMAIL", "MEETING", "CALL", "TASK"])
            var f: [(String, JSONValue)] = [("id", J.s(id("ev"))), ("type", J.s(type))]
            let start = around(days: -3...3)
            switch type {
            case "NOTE": f.append(("note", J.o([("title", J.s(who.phrase)), ("description", J.s("Wants an annual plan; follow up next week."))])))
            case "EMAIL":
                let u = user()
                f.append(("email", J.o([("subject", J.s(who.phrase)), ("body", J.s("Hi \(who.first),\n\nthanks for your time today.")),
                                        ("from", J.s(u.email)), ("to", J.strings([who.email])), ("cc", J.strings([]))])))
            case "MEETING":
                f.append(("meeting", J.o([("title", J.s(who.phrase)), ("description", J.s("Agenda: goals, timeline, pricing")),
                                          ("start_at", ts(start)), ("end_at", ts(start + 1800))])))
            case "CALL":
                f.append(("call", J.o([("description", J.s(who.phrase)), ("duration", J.i(rng.int(60...3600))), ("start_at", ts(start))])))
            default:
                f.append(("task", J.o([("name", J.s(who.phrase)), ("description", J.s("Send the proposal")), ("due_at", ts(start + 86_400)),
                                       ("priority", J.s(rng.pick(["HIGH", "MEDIUM", "LOW"]))),
                                       ("status", J.s(rng.pick(["COMPLETED", "NOT_STARTED", "WORK_IN_PROGRESS", "DEFERRED"])))])))
            }
            f += [("contact_ids", refs("ct", upTo: 2)), ("company_ids", J.strings([companyID])), ("deal_ids", refs("dl", upTo: 1)),
                  ("user_id", J.s(user().id))]
            return f
        case "pipeline":
            let stages: [JSONValue] = Self.dealStages.enumerated().map { k, s in
                J.o([("id", J.s(s.id)), ("name", J.s(s.name)), ("active", J.b(true)), ("is_closed", J.b(k >= 4)),
                     ("display_order", J.i(k + 1)), ("deal_probability", J.i(s.probability))])
            }
            return [("id", J.s(id("pl"))), ("name", J.s(index == 0 ? "Sales" : "\(who.phrase) \(index + 1)")),
                    ("is_active", J.b(index < 3 || rng.chance(0.5))), ("display_order", J.i(index + 1)), ("stages", .array(stages))]
        default:
            return generic()
        }
    }
}
