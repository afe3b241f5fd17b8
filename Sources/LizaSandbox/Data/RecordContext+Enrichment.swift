import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func enrichment() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "person":
            let handle = "\(who.first.lowercased().filter(\.isLetter))\(who.last.lowercased().filter(\.isLetter))"
            return [("id", J.s(id("per"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("emails", .array([J.o([("email", J.s(who.email)), ("type", J.s("WORK")), ("is_verified", J.b(true))])])),
                    ("telephones", telephones()), ("title", J.s(rng.pick(NamePools.titles))), ("company", J.s(who.company.name)),
                    ("company_domain", J.s(who.company.domain)), ("address", address()),
                    ("bio", J.s("\(who.first) works on \(who.company.industry.lowercased()) at \(who.company.name).")),
                    ("gender", J.s(rng.pick(["female", "male", "nonbinary"]))),
                    ("linkedin_url", J.s("https://www.linkedin.com/in/\(handle)")), ("twitter_handle", J.s(handle)),
                    ("twitter_url", J.s("https://twitter.com/\(handle)")), ("github_username", J.s(handle)),
                    ("timezone", J.s(place.tz)),
                    ("work_histories", .array([J.o([("title", J.s(rng.pick(NamePools.titles))), ("company_name", J.s(who.company.name)),
                                                    ("company_domain", J.s(who.company.domain)), ("start_at", ts(created))])]))]
        case "company":
            let c = who.company
            return [("id", J.s(id("cmp"))), ("name", J.s(c.name)), ("domain", J.s(c.domain)),
                    ("description", J.s("\(c.name) is a \(c.industry.lowercased()) company.")), ("industry", J.s(c.industry)),
                    ("employees", J.s(rng.pick(["1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000"]))),
                    ("revenue", J.s(rng.pick(["$1M-$10M", "$10M-$50M", "$50M-$100M", "$100M+"]))), ("year_founded", J.i(rng.int(1950...2022))),
                    ("address", address()), ("telephones", telephones()), ("logo_url", J.s("https://logo.clearbit.example/\(c.domain)")),
                    ("linkedin_url", J.s("https://www.linkedin.com/company/\(slug(c.name))")), ("naics_code", J.s(String(rng.int(100_000...999_999))))]
        default:
            return generic()
        }
    }
}
