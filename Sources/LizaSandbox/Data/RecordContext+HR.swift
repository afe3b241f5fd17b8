import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func hr() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "employee":
            let active = rng.chance(0.9)
            let hired = created - Int64(rng.int(0...1500)) * 86_400
            let dept = rng.pick(NamePools.departments)
            let salary = rng.int(38...160) * 1000
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(id("emp"))), ("name", JSONBuild.string(who.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                ("emails", emails()), ("telephones", telephones()), ("title", JSONBuild.string(rng.pick(NamePools.titles))),
                ("employee_number", JSONBuild.string(String(1001 + index))), ("employment_status", JSONBuild.string(active ? "ACTIVE" : "INACTIVE")),
                ("employment_type", JSONBuild.string(rng.pick(["FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR", "INTERN"]))),
                ("gender", JSONBuild.string(rng.pick(["FEMALE", "MALE", "NONBINARY", "UNDISCLOSED"]))), ("hired_at", ts(hired)),
            ]
            if !active { f += [("terminated_at", ts(updated)), ("termination_reason", JSONBuild.string(rng.pick(["Resigned", "End of contract", "Retired"])))] }
            f += [("manager_id", JSONBuild.string(index == 0 ? "emp-1001" : "emp-\(1001 + rng.below(min(index, 10)))")), ("company_id", JSONBuild.string("hco-1001")),
                  ("groups", .array([JSONBuild.object([("id", JSONBuild.string("grp-\(1001 + (NamePools.departments.firstIndex(of: dept) ?? 0))")), ("name", JSONBuild.string(dept)),
                                          ("type", JSONBuild.string("DEPARTMENT"))])])),
                  ("locations", .array([JSONBuild.object([("id", JSONBuild.string("hloc-1001")), ("name", JSONBuild.string("\(place.city) office"))])])), ("address", address()),
                  ("date_of_birth", JSONBuild.string(ISOTime.formatDate(Int64(rng.int(-7_000...12_000)) * 86_400))), ("timezone", JSONBuild.string(place.tz)),
                  ("language_locale", JSONBuild.string(rng.pick(["de-DE", "en-GB", "en-US", "fr-FR", "es-ES"]))), ("currency", JSONBuild.string(currency)),
                  ("compensation", .array([JSONBuild.object([("amount", JSONBuild.int(salary)), ("currency", JSONBuild.string(currency)), ("frequency", JSONBuild.string("YEAR")), ("type", JSONBuild.string("SALARY"))])])),
                  ("employee_roles", JSONBuild.strings(index == 0 ? ["ADMIN", "EMPLOYEE"] : ["EMPLOYEE"]))]
            return f
        case "group":
            let name = index < NamePools.departments.count ? NamePools.departments[index] : "\(who.phrase) \(index / NamePools.departments.count + 1)"
            return [("id", JSONBuild.string(id("grp"))), ("name", JSONBuild.string(name)), ("description", JSONBuild.string("The \(name) team")),
                    ("type", JSONBuild.string(index < NamePools.departments.count ? "DEPARTMENT" : rng.pick(["TEAM", "GROUP", "DIVISION"]))),
                    ("manager_ids", JSONBuild.strings([ref("emp")])), ("user_ids", refs("emp", upTo: 6)), ("company_id", JSONBuild.string("hco-1001")),
                    ("is_active", JSONBuild.bool(true))]
        case "location":
            return [("id", JSONBuild.string(id("hloc"))), ("name", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("Office in \(place.city)")), ("address", address()),
                    ("telephones", telephones()), ("is_active", JSONBuild.bool(rng.chance(0.95))), ("is_hq", JSONBuild.bool(index == 0)), ("timezone", JSONBuild.string(place.tz)),
                    ("currency", JSONBuild.string(currency)), ("language_locale", JSONBuild.string(rng.pick(["de-DE", "en-GB", "en-US", "fr-FR"]))), ("company_id", JSONBuild.string("hco-1001"))]
        case "company":
            return [("id", JSONBuild.string(id("hco"))), ("name", JSONBuild.string(who.company.name)), ("legal_name", JSONBuild.string(who.company.legalName)), ("address", address())]
        case "timeoff":
            let start = around(days: -20...60)
            let days = rng.int(1...10)
            let status = rng.pick(["APPROVED", "APPROVED", "PENDING", "DENIED", "CANCELLED"])
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(id("to"))), ("user_id", JSONBuild.string(ref("emp"))), ("start_at", ts(start - start % 86_400)),
                ("end_at", ts(start - start % 86_400 + Int64(days) * 86_400)), ("status", JSONBuild.string(status)),
                ("type", JSONBuild.string(rng.pick(["VACATION", "VACATION", "SICK", "HOLIDAY", "PARENTAL", "UNPAID", "OTHER"]))),
                ("duration", JSONBuild.int(days)), ("duration_type", JSONBuild.string("DAY")), ("is_paid", JSONBuild.bool(rng.chance(0.85))),
                ("reason", JSONBuild.string(who.phrase)), ("approver_user_id", JSONBuild.string(ref("emp"))),
            ]
            if status == "APPROVED" { f.append(("approved_at", ts(updated))) }
            f.append(("company_id", JSONBuild.string("hco-1001")))
            return f
        case "payslip":
            let monthStart = updated - updated % (30 * 86_400)
            let gross = rng.int(3_000...12_000) * 100
            let tax = gross * rng.int(18...32) / 100, social = gross * 10 / 100
            return [("id", JSONBuild.string(id("ps"))), ("user_id", JSONBuild.string(ref("emp"))), ("company_id", JSONBuild.string("hco-1001")), ("start_at", ts(monthStart)),
                    ("end_at", ts(monthStart + 29 * 86_400)), ("paid_at", ts(monthStart + 28 * 86_400)), ("currency", JSONBuild.string(currency)),
                    ("gross_amount", JSONBuild.money(gross)), ("net_amount", JSONBuild.money(gross - tax - social)), ("payment_type", JSONBuild.string("DIRECT")),
                    ("details", .array([JSONBuild.object([("name", JSONBuild.string("Salary")), ("type", JSONBuild.string("EARNING_SALARY")), ("amount", JSONBuild.money(gross))]),
                                        JSONBuild.object([("name", JSONBuild.string("Income tax")), ("type", JSONBuild.string("TAX_FEDERAL")), ("amount", JSONBuild.money(tax))]),
                                        JSONBuild.object([("name", JSONBuild.string("Pension")), ("type", JSONBuild.string("PRETAX_DEDUCTION_RETIREMENT")), ("amount", JSONBuild.money(social))])]))]
        default:
            return generic()
        }
    }
}
