import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func ats() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "candidate":
            return [("id", J.s(id("cand"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("emails", emails()), ("telephones", telephones()), ("address", address()),
                    ("title", J.s(rng.pick(NamePools.titles))), ("company_name", J.s(who.company.name)),
                    ("link_urls", J.strings(["https://github.example/\(slug(who.name))"])), ("job_ids", J.strings([ref("job")])),
                    ("tags", tags(["strong", "referral", "relocation", "remote"], upTo: 2)),
                    ("sources", J.strings([rng.pick(["LinkedIn", "Careers page", "Referral", "Agency"])])),
                    ("origin", J.s(rng.pick(["AGENCY", "APPLIED", "INTERNAL", "REFERRED", "SOURCED", "UNIVERSITY"]))),
                    ("skills", tags(NamePools.skills, upTo: 4))]
        case "job":
            let p = place
            let low = rng.int(45...90) * 1000
            return [("id", J.s(id("job"))), ("name", J.s(who.phrase)), ("description", J.s("We are hiring a \(who.phrase) in \(p.city).")),
                    ("status", J.s(rng.pick(["OPEN", "OPEN", "OPEN", "CLOSED", "DRAFT", "ARCHIVED", "PENDING"]))),
                    ("employment_type", J.s(rng.pick(["FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR", "INTERN"]))),
                    ("addresses", .array([J.o([("city", J.s(p.city)), ("country_code", J.s(p.code))])])), ("remote", J.b(rng.chance(0.4))),
                    ("compensation", .array([J.o([("min", J.i(low)), ("max", J.i(low + rng.int(10...40) * 1000)), ("currency", J.s(currency)),
                                                  ("frequency", J.s("YEAR")), ("type", J.s("SALARY"))])])),
                    ("number_of_openings", J.i(rng.int(1...3))), ("hiring_manager_ids", J.strings([user().id])),
                    ("recruiter_ids", J.strings([user().id])),
                    ("public_job_urls", J.strings(["https://boards.greenhouse.example/acme/jobs/\(1001 + index)"])),
                    ("skills", tags(NamePools.skills, upTo: 3))]
        case "application":
            let status = rng.pick(["NEW", "REVIEWING", "SCREENING", "FIRST_INTERVIEW", "SECOND_INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN"])
            var f: [(String, JSONValue)] = [("id", J.s(id("app"))), ("candidate_id", J.s(ref("cand"))), ("job_id", J.s(ref("job"))),
                                            ("status", J.s(status)), ("original_status", J.s(status.lowercased())),
                                            ("applied_at", ts(created)), ("source", J.s(rng.pick(["LinkedIn", "Careers page", "Referral"])))]
            if status == "HIRED" { f.append(("hired_at", ts(updated))) }
            if status == "REJECTED" { f += [("rejected_at", ts(updated)), ("rejected_reason", J.s(rng.pick(["Skills mismatch", "Position filled", "Salary expectations"])))] }
            return f
        case "interview":
            let start = around(days: -10...20)
            return [("id", J.s(id("int"))), ("application_id", J.s(ref("app"))), ("candidate_id", J.s(ref("cand"))), ("job_id", J.s(ref("job"))),
                    ("status", J.s(rng.pick(["SCHEDULED", "AWAITING_FEEDBACK", "COMPLETE", "CANCELED", "NEEDS_SCHEDULING"]))),
                    ("start_at", ts(start)), ("end_at", ts(start + 3600)),
                    ("location", J.s(rng.chance(0.5) ? "Video call" : "\(place.city) office")), ("user_ids", J.strings([user().id, user().id]))]
        case "document":
            let type = who.phrase.contains("resume") ? "RESUME" : who.phrase.contains("cover") ? "COVER_LETTER" : "OFFER_LETTER"
            return [("id", J.s(id("doc"))), ("filename", J.s(who.phrase)), ("type", J.s(type)),
                    ("document_url", J.s("https://files.greenhouse.example/\(id("doc"))/\(who.phrase)")),
                    ("candidate_id", J.s(ref("cand"))), ("application_id", J.s(ref("app"))), ("job_id", J.s(ref("job"))), ("user_id", J.s(user().id))]
        case "scorecard":
            return [("id", J.s(id("sc"))), ("application_id", J.s(ref("app"))), ("candidate_id", J.s(ref("cand"))),
                    ("interview_id", J.s(ref("int"))), ("interviewer_id", J.s(user().id)), ("job_id", J.s(ref("job"))),
                    ("recommendation", J.s(rng.pick(["DEFINITELY_NO", "NO", "YES", "STRONG_YES"]))),
                    ("comment", J.s(rng.pick(["Solid fundamentals", "Great communicator", "Needs more depth in system design", "Culture add"]))),
                    ("questions", .array([J.o([("text", J.s("Coding")), ("answer", J.s(rng.pick(["Strong", "Average", "Weak"])))]),
                                          J.o([("text", J.s("Collaboration")), ("answer", J.s(rng.pick(["Strong", "Average"])))])]))]
        default:
            return generic()
        }
    }
}
