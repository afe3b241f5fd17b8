import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func calendar() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "calendar":
            return [("id", JSONBuild.string(id("cal"))), ("name", JSONBuild.string(index == 0 ? "Work" : "\(who.phrase) \(index)")),
                    ("description", JSONBuild.string("\(who.phrase) calendar")), ("timezone", JSONBuild.string(place.tz)), ("is_primary", JSONBuild.bool(index == 0))]
        case "event":
            let allDay = rng.chance(0.1)
            let start = allDay ? updated - updated % 86_400 + 86_400 * Int64(rng.int(0...10)) : around(days: 0...21)
            let end = allDay ? start + 86_400 : start + Int64([15, 30, 45, 60, 90][rng.below(5)]) * 60
            let organizer = user()
            var attendees: [JSONValue] = [JSONBuild.object([("email", JSONBuild.string(organizer.email)), ("name", JSONBuild.string(organizer.name)), ("user_id", JSONBuild.string(organizer.id)),
                                               ("required", JSONBuild.bool(true)), ("status", JSONBuild.string("ACCEPTED"))])]
            for _ in 0..<rng.int(0...3) {
                let a = user()
                attendees.append(JSONBuild.object([("email", JSONBuild.string(a.email)), ("name", JSONBuild.string(a.name)), ("user_id", JSONBuild.string(a.id)), ("required", JSONBuild.bool(rng.chance(0.7))),
                                      ("status", JSONBuild.string(rng.pick(["ACCEPTED", "REJECTED", "TENTATIVE"])))]))
            }
            attendees.append(JSONBuild.object([("email", JSONBuild.string(who.email)), ("name", JSONBuild.string(who.name)), ("required", JSONBuild.bool(false)), ("status", JSONBuild.string("TENTATIVE"))]))
            let conference = rng.chance(0.6)
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(id("ce"))), ("calendar_id", JSONBuild.string("cal-1001")), ("subject", JSONBuild.string(who.phrase)),
                ("notes", JSONBuild.string("Agenda:\n1. Updates\n2. Blockers\n3. Next steps")),
                ("location", JSONBuild.string(conference ? "Online" : "\(place.city), Room \(rng.int(1...12))")),
                ("start_at", ts(start)), ("end_at", ts(end)), ("timezone", JSONBuild.string(place.tz)), ("is_all_day", JSONBuild.bool(allDay)),
                ("is_free", JSONBuild.bool(false)), ("is_private", JSONBuild.bool(rng.chance(0.1))),
                ("status", JSONBuild.string(rng.pick(["CONFIRMED", "CONFIRMED", "CONFIRMED", "TENTATIVE", "CANCELED"]))),
                ("attendees", .array(attendees)), ("organizer", JSONBuild.object([("email", JSONBuild.string(organizer.email)), ("name", JSONBuild.string(organizer.name))])),
                ("has_conference", JSONBuild.bool(conference)),
            ]
            if conference {
                f.append(("conference", .array([JSONBuild.object([("url", JSONBuild.string("https://meet.google.com/\(meetCode())")), ("label", JSONBuild.string("Google Meet"))])])))
            }
            if rng.chance(0.25) {
                f.append(("recurrence", .array([JSONBuild.object([("frequency", JSONBuild.string(rng.pick(["DAILY", "WEEKLY", "MONTHLY"]))), ("interval", JSONBuild.int(1))])])))
            }
            f.append(("web_url", JSONBuild.string("https://calendar.google.com/calendar/event?eid=\(id("ce"))")))
            return f
        case "busy":
            let start = around(days: 0...14)
            return [("id", JSONBuild.string(id("bz"))), ("start_at", ts(start)), ("end_at", ts(start + Int64(rng.int(1...4)) * 1800)),
                    ("timezone", JSONBuild.string(place.tz)), ("description", JSONBuild.string("Busy"))]
        case "link":
            let minutes = Int(who.phrase.split(separator: " ").first.flatMap { Int($0) } ?? 30)
            var f: [(String, JSONValue)] = [("id", JSONBuild.string(id("lk"))), ("name", JSONBuild.string(who.phrase)),
                                            ("url", JSONBuild.string("https://cal.example/\(slug(who.name))/\(slug(who.phrase))")),
                                            ("description", JSONBuild.string("Book a \(who.phrase) with \(who.first)")), ("duration", JSONBuild.int(minutes)),
                                            ("is_active", JSONBuild.bool(rng.chance(0.85)))]
            if rng.chance(0.3) { f += [("price_amount", JSONBuild.money(amountCents(20...200))), ("price_currency", JSONBuild.string(currency))] }
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
