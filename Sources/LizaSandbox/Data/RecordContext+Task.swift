import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func task() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "task":
            let status = rng.pick(["OPENED", "IN_PROGRESS", "COMPLETED"])
            let creator = user()
            var f: [(String, JSONValue)] = [
                ("id", J.s("TSK-\(1 + index)")), ("name", J.s(who.phrase)), ("notes", J.s("See the linked spec; ping \(creator.name) when done.")),
                ("status", J.s(status)), ("priority", J.s(rng.pick(["HIGH", "MEDIUM", "LOW"]))), ("project_id", J.s(ref("prj"))),
                ("assigned_user_ids", J.strings([user().id])), ("creator_user_id", J.s(creator.id)),
                ("follower_user_ids", J.strings([user().id])), ("due_at", ts(around(days: -5...30))),
                ("tags", tags(["frontend", "backend", "docs", "ops", "urgent"], upTo: 2)),
                ("url", J.s("https://acme.atlassian.example/browse/TSK-\(1 + index)")), ("story_points", J.i([1, 2, 3, 5, 8][rng.below(5)])),
            ]
            if status == "COMPLETED" { f.append(("completed_at", ts(updated))) }
            return f
        case "project":
            return [("id", J.s(id("prj"))), ("name", J.s(index < NamePools.projectNames.count ? who.phrase : "\(who.phrase) \(index / 10 + 1)")),
                    ("description", J.s(rng.pick(["Q3 priority", "Owned by platform team", "Customer-facing", "Internal"]))),
                    ("has_children", J.b(false)), ("has_tasks", J.b(true)), ("user_ids", J.strings([user().id, user().id]))]
        case "comment":
            let u = user()
            return [("id", J.s(id("cm"))), ("text", J.s(rng.pick(["PR is up", "Blocked on review", "Done, please verify", "Can we split this?",
                                                                  "Moved to next sprint"]) + " — \(who.phrase)")),
                    ("task_id", J.s("TSK-\(1 + rng.below(max(space.count, 1)))")), ("user_id", J.s(u.id)), ("user_name", J.s(u.name))]
        default:
            return generic()
        }
    }
}
