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
            return [("id", JSONBuild.string(id("ct"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("title", JSONBuild.string(rng.pick(NamePools.titles))), ("department", JSONBuild.string(rng.pick(NamePools.departments))),
                    ("company", JSONBuild.string(who.company.name)), ("company_ids", JSONBuild.strings([companyID])), ("deal_ids", refs("dl", upTo: 2)),
                    ("emails", emails()), ("telephones", telephones()), ("address", address()),
                    ("link_urls", JSONBuild.strings(["https://www.linkedin.com/in/\(handle)"])), ("user_id", JSONBuild.string(u.id))]
        case "company":
            let c = who.company
            return [("id", JSONBuild.string(id("co"))), ("name", JSONBuild.string(c.name)), ("description", JSONBuild.string("\(c.industry) company based in \(place.city)")),
                    ("domains", JSONBuild.strings([c.domain])), ("websites", JSONBuild.strings(["https://www.\(c.domain)"])),
                    ("emails", .array([JSONBuild.object([("email", JSONBuild.string("info@\(c.domain)")), ("type", JSONBuild.string("WORK"))])])),
                    ("telephones", telephones()), ("address", address()), ("industry", JSONBuild.string(c.industry)),
                    ("employees", JSONBuild.int([8, 25, 60, 120, 450, 1200, 5000][rng.below(7)])),
                    ("tags", tags(["customer", "prospect", "partner", "churned", "vip"], upTo: 2)), ("timezone", JSONBuild.string(place.tz)),
                    ("is_active", JSONBuild.bool(rng.chance(0.9))), ("contact_ids", refs("ct", upTo: 4)), ("deal_ids", refs("dl", upTo: 2)),
                    ("user_id", JSONBuild.string(user().id))]
        case "deal":
            let stage = rng.pick(Self.dealStages)
            let closing = around(days: -30...120)
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(id("dl"))), ("name", JSONBuild.string(who.phrase)), ("amount", JSONBuild.money(amountCents(500...90_000))),
                ("currency", JSONBuild.string(currency)), ("probability", JSONBuild.int(stage.probability)), ("stage", JSONBuild.string(stage.name)),
                ("stage_id", JSONBuild.string(stage.id)), ("pipeline", JSONBuild.string("Sales")), ("pipeline_id", JSONBuild.string("pl-1001")),
                ("closing_at", ts(closing)),
            ]
            if stage.id == "s5" || stage.id == "s6" { f.append(("closed_at", ts(min(updated, closing)))) }
            if stage.id == "s5" { f.append(("won_reason", JSONBuild.string(rng.pick(["Best price", "Feature fit", "Existing relationship"])))) }
            if stage.id == "s6" { f.append(("lost_reason", JSONBuild.string(rng.pick(["Budget", "Chose competitor", "No decision"])))) }
            f += [("source", JSONBuild.string(rng.pick(["Inbound", "Referral", "Outbound", "Event", "Partner"]))),
                  ("tags", tags(["q3", "enterprise", "renewal", "upsell"], upTo: 2)),
                  ("company_ids", JSONBuild.strings([companyID])), ("contact_ids", refs("ct", upTo: 2)), ("user_id", JSONBuild.string(user().id))]
            return f
        case "lead":
            return [("id", JSONBuild.string(id("ld"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("company_name", JSONBuild.string(who.company.name)), ("company_id", JSONBuild.string(companyID)), ("emails", emails()),
                    ("telephones", telephones()), ("address", address()),
                    ("status", JSONBuild.string(rng.pick(["NEW", "CONTACTED", "QUALIFIED", "UNQUALIFIED"]))),
                    ("source", JSONBuild.string(rng.pick(["Website", "Trade show", "Webinar", "Cold call", "Referral"]))),
                    ("is_active", JSONBuild.bool(rng.chance(0.8))), ("creator_user_id", JSONBuild.string(user().id)), ("user_id", JSONBuild.string(user().id))]
        case "event":
            let type = rng.pick(["NOTE", "EMAIL", "MEETING", "CALL", "TASK"])
            var f: [(String, JSONValue)] = [("id", JSONBuild.string(id("ev"))), ("type", JSONBuild.string(type))]
            let start = around(days: -3...3)
            switch type {
            case "NOTE": f.append(("note", JSONBuild.object([("title", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("Wants an annual plan; follow up next week."))])))
            case "EMAIL":
                let u = user()
                f.append(("email", JSONBuild.object([("subject", JSONBuild.string(who.phrase)), ("body", JSONBuild.string("Hi \(who.first),\n\nthanks for your time today.")),
                                        ("from", JSONBuild.string(u.email)), ("to", JSONBuild.strings([who.email])), ("cc", JSONBuild.strings([]))])))
            case "MEETING":
                f.append(("meeting", JSONBuild.object([("title", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("Agenda: goals, timeline, pricing")),
                                          ("start_at", ts(start)), ("end_at", ts(start + 1800))])))
            case "CALL":
                f.append(("call", JSONBuild.object([("description", JSONBuild.string(who.phrase)), ("duration", JSONBuild.int(rng.int(60...3600))), ("start_at", ts(start))])))
            default:
                f.append(("task", JSONBuild.object([("name", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("Send the proposal")), ("due_at", ts(start + 86_400)),
                                       ("priority", JSONBuild.string(rng.pick(["HIGH", "MEDIUM", "LOW"]))),
                                       ("status", JSONBuild.string(rng.pick(["COMPLETED", "NOT_STARTED", "WORK_IN_PROGRESS", "DEFERRED"])))])))
            }
            f += [("contact_ids", refs("ct", upTo: 2)), ("company_ids", JSONBuild.strings([companyID])), ("deal_ids", refs("dl", upTo: 1)),
                  ("user_id", JSONBuild.string(user().id))]
            return f
        case "pipeline":
            let stages: [JSONValue] = Self.dealStages.enumerated().map { k, s in
                JSONBuild.object([("id", JSONBuild.string(s.id)), ("name", JSONBuild.string(s.name)), ("active", JSONBuild.bool(true)), ("is_closed", JSONBuild.bool(k >= 4)),
                     ("display_order", JSONBuild.int(k + 1)), ("deal_probability", JSONBuild.int(s.probability))])
            }
            return [("id", JSONBuild.string(id("pl"))), ("name", JSONBuild.string(index == 0 ? "Sales" : "\(who.phrase) \(index + 1)")),
                    ("is_active", JSONBuild.bool(index < 3 || rng.chance(0.5))), ("display_order", JSONBuild.int(index + 1)), ("stages", .array(stages))]
        default:
            return generic()
        }
    }
}
