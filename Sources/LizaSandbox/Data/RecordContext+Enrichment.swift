import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func enrichment() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "person":
            let handle = "\(who.first.lowercased().filter(\.isLetter))\(who.last.lowercased().filter(\.isLetter))"
            return [("id", JSONBuild.string(id("per"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("emails", .array([JSONBuild.object([("email", JSONBuild.string(who.email)), ("type", JSONBuild.string("WORK")), ("is_verified", JSONBuild.bool(true))])])),
                    ("telephones", telephones()), ("title", JSONBuild.string(rng.pick(NamePools.titles))), ("company", JSONBuild.string(who.company.name)),
                    ("company_domain", JSONBuild.string(who.company.domain)), ("address", address()),
                    ("bio", JSONBuild.string("\(who.first) works on \(who.company.industry.lowercased()) at \(who.company.name).")),
                    ("gender", JSONBuild.string(rng.pick(["female", "male", "nonbinary"]))),
                    ("linkedin_url", JSONBuild.string("https://www.linkedin.com/in/\(handle)")), ("twitter_handle", JSONBuild.string(handle)),
                    ("twitter_url", JSONBuild.string("https://twitter.com/\(handle)")), ("github_username", JSONBuild.string(handle)),
                    ("timezone", JSONBuild.string(place.tz)),
                    ("work_histories", .array([JSONBuild.object([("title", JSONBuild.string(rng.pick(NamePools.titles))), ("company_name", JSONBuild.string(who.company.name)),
                                                    ("company_domain", JSONBuild.string(who.company.domain)), ("start_at", ts(created))])]))]
        case "company":
            let c = who.company
            return [("id", JSONBuild.string(id("cmp"))), ("name", JSONBuild.string(c.name)), ("domain", JSONBuild.string(c.domain)),
                    ("description", JSONBuild.string("\(c.name) is a \(c.industry.lowercased()) company.")), ("industry", JSONBuild.string(c.industry)),
                    ("employees", JSONBuild.string(rng.pick(["1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000"]))),
                    ("revenue", JSONBuild.string(rng.pick(["$1M-$10M", "$10M-$50M", "$50M-$100M", "$100M+"]))), ("year_founded", JSONBuild.int(rng.int(1950...2022))),
                    ("address", address()), ("telephones", telephones()), ("logo_url", JSONBuild.string("https://logo.clearbit.example/\(c.domain)")),
                    ("linkedin_url", JSONBuild.string("https://www.linkedin.com/company/\(slug(c.name))")), ("naics_code", JSONBuild.string(String(rng.int(100_000...999_999))))]
        default:
            return generic()
        }
    }
}
