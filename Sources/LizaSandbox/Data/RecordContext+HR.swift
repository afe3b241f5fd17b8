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
                ("id", J.s(id("emp"))), ("name", J.s(who.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                ("emails", emails()), ("telephones", telephones()), ("title", J.s(rng.pick(NamePools.titles))),
                ("employee_number", J.s(String(1001 + index))), ("employment_status", J.s(active ? "ACTIVE" : "INACTIVE")),
                ("employment_type", J.s(rng.pick(["FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR", "INTERN"]))),
                ("gender", J.s(rng.pick(["FEMALE", "MALE", "NONBINARY", "UNDISCLOSED"]))), ("hired_at", ts(hired)),
            ]
            if !active { f += [("terminated_at", ts(updated)), ("termination_reason", J.s(rng.pick(["Resigned", "End of contract", "Retired"])))] }
            f += [("manager_id", J.s(index == 0 ? "emp-1001" : "emp-\(1001 + rng.below(min(index, 10)))")), ("company_id", J.s("hco-1001")),
                  ("groups", .array([J.o([("id", J.s("grp-\(1001 + (NamePools.departments.firstIndex(of: dept) ?? 0))")), ("name", J.s(dept)),
                                          ("type", J.s("DEPARTMENT"))])])),
                  ("locations", .array([J.o([("id", J.s("hloc-1001")), ("name", J.s("\(place.city) office"))])])), ("address", address()),
                  ("date_of_birth", J.s(ISOTime.formatDate(Int64(rng.int(-7_000...12_000)) * 86_400))), ("timezone", J.s(place.tz)),
                  ("language_locale", J.s(rng.pick(["de-DE", "en-GB", "en-US", "fr-FR", "es-ES"]))), ("currency", J.s(currency)),
                  ("compensation", .array([J.o([("amount", J.i(salary)), ("currency", J.s(currency)), ("frequency", J.s("YEAR")), ("type", J.s("SALARY"))])])),
                  ("employee_roles", J.strings(index == 0 ? ["ADMIN", "EMPLOYEE"] : ["EMPLOYEE"]))]
            return f
        case "group":
            let name = index < NamePools.departments.count ? NamePools.departments[index] : "\(who.phrase) \(index / NamePools.departments.count + 1)"
            return [("id", J.s(id("grp"))), ("name", J.s(name)), ("description", J.s("The \(name) team")),
                    ("type", J.s(index < NamePools.departments.count ? "DEPARTMENT" : rng.pick(["TEAM", "GROUP", "DIVISION"]))),
                    ("manager_ids", J.strings([ref("emp")])), ("user_ids", refs("emp", upTo: 6)), ("company_id", J.s("hco-1001")),
                    ("is_active", J.b(true))]
        case "location":
            return [("id", J.s(id("hloc"))), ("name", J.s(who.phrase)), ("description", J.s("Office in \(place.city)")), ("address", address()),
                    ("telephones", telephones()), ("is_active", J.b(rng.chance(0.95))), ("is_hq", J.b(index == 0)), ("timezone", J.s(place.tz)),
                    ("currency", J.s(currency)), ("language_locale", J.s(rng.pick(["de-DE", "en-GB", "en-US", "fr-FR"]))), ("company_id", J.s("hco-1001"))]
        case "company":
            return [("id", J.s(id("hco"))), ("name", J.s(who.company.name)), ("legal_name", J.s(who.company.legalName)), ("address", address())]
        case "timeoff":
            let start = around(days: -20...60)
            let days = rng.int(1...10)
            let status = rng.pick(["APPROVED", "APPROVED", "PENDING", "DENIED", "CANCELLED"])
            var f: [(String, JSONValue)] = [
                ("id", J.s(id("to"))), ("user_id", J.s(ref("emp"))), ("start_at", ts(start - start % 86_400)),
                ("end_at", ts(start - start % 86_400 + Int64(days) * 86_400)), ("status", J.s(status)),
                ("type", J.s(rng.pick(["VACATION", "VACATION", "SICK", "HOLIDAY", "PARENTAL", "UNPAID", "OTHER"]))),
                ("duration", J.i(days)), ("duration_type", J.s("DAY")), ("is_paid", J.b(rng.chance(0.85))),
                ("reason", J.s(who.phrase)), ("approver_user_id", J.s(ref("emp"))),
            ]
            if status == "APPROVED" { f.append(("approved_at", ts(updated))) }
            f.append(("company_id", J.s("hco-1001")))
            return f
        case "payslip":
            let monthStart = updated - updated % (30 * 86_400)
            let gross = rng.int(3_000...12_000) * 100
            let tax = gross * rng.int(18...32) / 100, social = gross * 10 / 100
            return [("id", J.s(id("ps"))), ("user_id", J.s(ref("emp"))), ("company_id", J.s("hco-1001")), ("start_at", ts(monthStart)),
                    ("end_at", ts(monthStart + 29 * 86_400)), ("paid_at", ts(monthStart + 28 * 86_400)), ("currency", J.s(currency)),
                    ("gross_amount", J.money(gross)), ("net_amount", J.money(gross - tax - social)), ("payment_type", J.s("DIRECT")),
                    ("details", .array([J.o([("name", J.s("Salary")), ("type", J.s("EARNING_SALARY")), ("amount", J.money(gross))]),
                                        J.o([("name", J.s("Income tax")), ("type", J.s("TAX_FEDERAL")), ("amount", J.money(tax))]),
                                        J.o([("name", J.s("Pension")), ("type", J.s("PRETAX_DEDUCTION_RETIREMENT")), ("amount", J.money(social))])]))]
        default:
            return generic()
        }
    }
}
