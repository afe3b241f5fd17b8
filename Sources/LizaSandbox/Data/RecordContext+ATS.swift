import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func ats() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "candidate":
            return [("id", JSONBuild.string(id("cand"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("emails", emails()), ("telephones", telephones()), ("address", address()),
                    ("title", JSONBuild.string(rng.pick(NamePools.titles))), ("company_name", JSONBuild.string(who.company.name)),
                    ("link_urls", JSONBuild.strings(["https://github.example/\(slug(who.name))"])), ("job_ids", JSONBuild.strings([ref("job")])),
                    ("tags", tags(["strong", "referral", "relocation", "remote"], upTo: 2)),
                    ("sources", JSONBuild.strings([rng.pick(["LinkedIn", "Careers page", "Referral", "Agency"])])),
                    ("origin", JSONBuild.string(rng.pick(["AGENCY", "APPLIED", "INTERNAL", "REFERRED", "SOURCED", "UNIVERSITY"]))),
                    ("skills", tags(NamePools.skills, upTo: 4))]
        case "job":
            let p = place
            let low = rng.int(45...90) * 1000
            return [("id", JSONBuild.string(id("job"))), ("name", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("We are hiring a \(who.phrase) in \(p.city).")),
                    ("status", JSONBuild.string(rng.pick(["OPEN", "OPEN", "OPEN", "CLOSED", "DRAFT", "ARCHIVED", "PENDING"]))),
                    ("employment_type", JSONBuild.string(rng.pick(["FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR", "INTERN"]))),
                    ("addresses", .array([JSONBuild.object([("city", JSONBuild.string(p.city)), ("country_code", JSONBuild.string(p.code))])])), ("remote", JSONBuild.bool(rng.chance(0.4))),
                    ("compensation", .array([JSONBuild.object([("min", JSONBuild.int(low)), ("max", JSONBuild.int(low + rng.int(10...40) * 1000)), ("currency", JSONBuild.string(currency)),
                                                  ("frequency", JSONBuild.string("YEAR")), ("type", JSONBuild.string("SALARY"))])])),
                    ("number_of_openings", JSONBuild.int(rng.int(1...3))), ("hiring_manager_ids", JSONBuild.strings([user().id])),
                    ("recruiter_ids", JSONBuild.strings([user().id])),
                    ("public_job_urls", JSONBuild.strings(["https://boards.greenhouse.example/acme/jobs/\(1001 + index)"])),
                    ("skills", tags(NamePools.skills, upTo: 3))]
        case "application":
            let status = rng.pick(["NEW", "REVIEWING", "SCREENING", "FIRST_INTERVIEW", "SECOND_INTERVIEW", "OFFERED", "HIRED", "REJECTED", "WITHDRAWN"])
            var f: [(String, JSONValue)] = [("id", JSONBuild.string(id("app"))), ("candidate_id", JSONBuild.string(ref("cand"))), ("job_id", JSONBuild.string(ref("job"))),
                                            ("status", JSONBuild.string(status)), ("original_status", JSONBuild.string(status.lowercased())),
                                            ("applied_at", ts(created)), ("source", JSONBuild.string(rng.pick(["LinkedIn", "Careers page", "Referral"])))]
            if status == "HIRED" { f.append(("hired_at", ts(updated))) }
            if status == "REJECTED" { f += [("rejected_at", ts(updated)), ("rejected_reason", JSONBuild.string(rng.pick(["Skills mismatch", "Position filled", "Salary expectations"])))] }
            return f
        case "interview":
            let start = around(days: -10...20)
            return [("id", JSONBuild.string(id("int"))), ("application_id", JSONBuild.string(ref("app"))), ("candidate_id", JSONBuild.string(ref("cand"))), ("job_id", JSONBuild.string(ref("job"))),
                    ("status", JSONBuild.string(rng.pick(["SCHEDULED", "AWAITING_FEEDBACK", "COMPLETE", "CANCELED", "NEEDS_SCHEDULING"]))),
                    ("start_at", ts(start)), ("end_at", ts(start + 3600)),
                    ("location", JSONBuild.string(rng.chance(0.5) ? "Video call" : "\(place.city) office")), ("user_ids", JSONBuild.strings([user().id, user().id]))]
        case "document":
            let type = who.phrase.contains("resume") ? "RESUME" : who.phrase.contains("cover") ? "COVER_LETTER" : "OFFER_LETTER"
            return [("id", JSONBuild.string(id("doc"))), ("filename", JSONBuild.string(who.phrase)), ("type", JSONBuild.string(type)),
                    ("document_url", JSONBuild.string("https://files.greenhouse.example/\(id("doc"))/\(who.phrase)")),
                    ("candidate_id", JSONBuild.string(ref("cand"))), ("application_id", JSONBuild.string(ref("app"))), ("job_id", JSONBuild.string(ref("job"))), ("user_id", JSONBuild.string(user().id))]
        case "scorecard":
            return [("id", JSONBuild.string(id("sc"))), ("application_id", JSONBuild.string(ref("app"))), ("candidate_id", JSONBuild.string(ref("cand"))),
                    ("interview_id", JSONBuild.string(ref("int"))), ("interviewer_id", JSONBuild.string(user().id)), ("job_id", JSONBuild.string(ref("job"))),
                    ("recommendation", JSONBuild.string(rng.pick(["DEFINITELY_NO", "NO", "YES", "STRONG_YES"]))),
                    ("comment", JSONBuild.string(rng.pick(["Solid fundamentals", "Great communicator", "Needs more depth in system design", "Culture add"]))),
                    ("questions", .array([JSONBuild.object([("text", JSONBuild.string("Coding")), ("answer", JSONBuild.string(rng.pick(["Strong", "Average", "Weak"])))]),
                                          JSONBuild.object([("text", JSONBuild.string("Collaboration")), ("answer", JSONBuild.string(rng.pick(["Strong", "Average"])))])]))]
        default:
            return generic()
        }
    }
}
