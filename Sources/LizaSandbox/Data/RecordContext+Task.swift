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
                ("id", JSONBuild.string("TSK-\(1 + index)")), ("name", JSONBuild.string(who.phrase)), ("notes", JSONBuild.string("See the linked spec; ping \(creator.name) when done.")),
                ("status", JSONBuild.string(status)), ("priority", JSONBuild.string(rng.pick(["HIGH", "MEDIUM", "LOW"]))), ("project_id", JSONBuild.string(ref("prj"))),
                ("assigned_user_ids", JSONBuild.strings([user().id])), ("creator_user_id", JSONBuild.string(creator.id)),
                ("follower_user_ids", JSONBuild.strings([user().id])), ("due_at", ts(around(days: -5...30))),
                ("tags", tags(["frontend", "backend", "docs", "ops", "urgent"], upTo: 2)),
                ("url", JSONBuild.string("https://acme.atlassian.example/browse/TSK-\(1 + index)")), ("story_points", JSONBuild.int([1, 2, 3, 5, 8][rng.below(5)])),
            ]
            if status == "COMPLETED" { f.append(("completed_at", ts(updated))) }
            return f
        case "project":
            return [("id", JSONBuild.string(id("prj"))), ("name", JSONBuild.string(index < NamePools.projectNames.count ? who.phrase : "\(who.phrase) \(index / 10 + 1)")),
                    ("description", JSONBuild.string(rng.pick(["Q3 priority", "Owned by platform team", "Customer-facing", "Internal"]))),
                    ("has_children", JSONBuild.bool(false)), ("has_tasks", JSONBuild.bool(true)), ("user_ids", JSONBuild.strings([user().id, user().id]))]
        case "comment":
            let u = user()
            return [("id", JSONBuild.string(id("cm"))), ("text", JSONBuild.string(rng.pick(["PR is up", "Blocked on review", "Done, please verify", "Can we split this?",
                                                                  "Moved to next sprint"]) + " — \(who.phrase)")),
                    ("task_id", JSONBuild.string("TSK-\(1 + rng.below(max(space.count, 1)))")), ("user_id", JSONBuild.string(u.id)), ("user_name", JSONBuild.string(u.name))]
        default:
            return generic()
        }
    }
}
