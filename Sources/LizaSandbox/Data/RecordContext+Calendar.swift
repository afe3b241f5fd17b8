import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func calendar() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "calendar":
            return [("id", J.s(id("cal"))), ("name", J.s(index == 0 ? "Work" : "\(who.phrase) \(index)")),
                    ("description", J.s("\(who.phrase) calendar")), ("timezone", J.s(place.tz)), ("is_primary", J.b(index == 0))]
        case "event":
            let allDay = rng.chance(0.1)
            let start = allDay ? updated - updated % 86_400 + 86_400 * Int64(rng.int(0...10)) : around(days: 0...21)
            let end = allDay ? start + 86_400 : start + Int64([15, 30, 45, 60, 90][rng.below(5)]) * 60
            let organizer = user()
            var attendees: [JSONValue] = [J.o([("email", J.s(organizer.email)), ("name", J.s(organizer.name)), ("user_id", J.s(organizer.id)),
                                               ("required", J.b(true)), ("status", J.s("ACCEPTED"))])]
            for _ in 0..<rng.int(0...3) {
                let a = user()
                attendees.append(J.o([("email", J.s(a.email)), ("name", J.s(a.name)), ("user_id", J.s(a.id)), ("required", J.b(rng.chance(0.7))),
                                      ("status", J.s(rng.pick(["ACCEPTED", "REJECTED", "TENTATIVE"])))]))
            }
            attendees.append(J.o([("email", J.s(who.email)), ("name", J.s(who.name)), ("required", J.b(false)), ("status", J.s("TENTATIVE"))]))
            let conference = rng.chance(0.6)
            var f: [(String, JSONValue)] = [
                ("id", J.s(id("ce"))), ("calendar_id", J.s("cal-1001")), ("subject", J.s(who.phrase)),
                ("notes", J.s("Agenda:\n1. Updates\n2. Blockers\n3. Next steps")),
                ("location", J.s(conference ? "Online" : "\(place.city), Room \(rng.int(1...12))")),
                ("start_at", ts(start)), ("end_at", ts(end)), ("timezone", J.s(place.tz)), ("is_all_day", J.b(allDay)),
                ("is_free", J.b(false)), ("is_private", J.b(rng.chance(0.1))),
                ("status", J.s(rng.pick(["CONFIRMED", "CONFIRMED", "CONFIRMED", "TENTATIVE", "CANCELED"]))),
                ("attendees", .array(attendees)), ("organizer", J.o([("email", J.s(organizer.email)), ("name", J.s(organizer.name))])),
                ("has_conference", J.b(conference)),
            ]
            if conference {
                f.append(("conference", .array([J.o([("url", J.s("https://meet.google.com/\(meetCode())")), ("label", J.s("Google Meet"))])])))
            }
            if rng.chance(0.25) {
                f.append(("recurrence", .array([J.o([("frequency", J.s(rng.pick(["DAILY", "WEEKLY", "MONTHLY"]))), ("interval", J.i(1))])])))
            }
            f.append(("web_url", J.s("https://calendar.google.com/calendar/event?eid=\(id("ce"))")))
            return f
        case "busy":
            let start = around(days: 0...14)
            return [("id", J.s(id("bz"))), ("start_at", ts(start)), ("end_at", ts(start + Int64(rng.int(1...4)) * 1800)),
                    ("timezone", J.s(place.tz)), ("description", J.s("Busy"))]
        case "link":
            let minutes = Int(who.phrase.split(separator: " ").first.flatMap { Int($0) } ?? 30)
            var f: [(String, JSONValue)] = [("id", J.s(id("lk"))), ("name", J.s(who.phrase)),
                                            ("url", J.s("https://cal.example/\(slug(who.name))/\(slug(who.phrase))")),
                                            ("description", J.s("Book a \(who.phrase) with \(who.first)")), ("duration", J.i(minutes)),
                                            ("is_active", J.b(rng.chance(0.85)))]
            if rng.chance(0.3) { f += [("price_amount", J.money(amountCents(20...200))), ("price_currency", J.s(currency))] }
            return f
        default:
            return generic()
        }
    }

    private mutating func meetCode() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func part(_ n: Int) -> String { String((0..<n).map { _ in letters[rng.below(letters.count)] }) }
        return "\(part(3))-\(part(4))-\(part(3))"
    }
}
