import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func accounting() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "invoice":
            var lines: [JSONValue] = []
            var net = 0
            for k in 0..<rng.int(1...4) {
                let unit = amountCents(50...2_500), qty = rng.int(1...10)
                net += unit * qty
                lines.append(JSONBuild.object([("id", JSONBuild.string("li-\(k + 1)")), ("item_name", JSONBuild.string(rng.pick(NamePools.products))), ("unit_amount", JSONBuild.money(unit)),
                                  ("unit_quantity", JSONBuild.int(qty)), ("total_amount", JSONBuild.money(unit * qty)), ("tax_amount", JSONBuild.money(unit * qty * 19 / 100)),
                                  ("account_id", JSONBuild.string("acc-1006"))]))
            }
            let tax = net * 19 / 100, total = net + tax
            let status = rng.pick(["DRAFT", "AUTHORIZED", "AUTHORIZED", "PAID", "PAID", "PARTIALLY_PAID", "OVERDUE", "VOIDED"])
            let paid = status == "PAID" ? total : status == "PARTIALLY_PAID" ? total / 2 : 0
            var f: [(String, JSONValue)] = [
                ("id", JSONBuild.string(id("inv"))), ("invoice_number", JSONBuild.string("INV-\(ISOTime.formatDate(created).prefix(4))-\(1001 + index)")),
                ("contact_id", JSONBuild.string(ref("ac"))), ("status", JSONBuild.string(status)), ("type", JSONBuild.string("INVOICE")), ("currency", JSONBuild.string(currency)),
                ("total_amount", JSONBuild.money(total)), ("tax_amount", JSONBuild.money(tax)), ("discount_amount", JSONBuild.money(0)), ("paid_amount", JSONBuild.money(paid)),
                ("balance_amount", JSONBuild.money(total - paid)), ("posted_at", ts(created)), ("due_at", ts(created + 30 * 86_400)),
            ]
            if paid == total { f.append(("paid_at", ts(updated))) }
            f += [("notes", JSONBuild.string(who.phrase)), ("lineitems", .array(lines)), ("url", JSONBuild.string("https://app.qbo.example/invoice?id=\(1001 + index)"))]
            return f
        case "contact":
            let customer = rng.chance(0.7)
            return [("id", JSONBuild.string(id("ac"))), ("name", JSONBuild.string(who.company.name)), ("first_name", JSONBuild.string(who.first)), ("last_name", JSONBuild.string(who.last)),
                    ("company_name", JSONBuild.string(who.company.legalName)), ("emails", emails()), ("telephones", telephones()),
                    ("billing_address", address()), ("is_customer", JSONBuild.bool(customer)), ("is_supplier", JSONBuild.bool(!customer || rng.chance(0.1))),
                    ("is_active", JSONBuild.bool(rng.chance(0.9))), ("currency", JSONBuild.string(currency)),
                    ("tax_number", JSONBuild.string("\(place.code)\(rng.int(100_000_000...999_999_999))")),
                    ("payment_terms", JSONBuild.string(rng.pick(["Net 14", "Net 30", "Due on receipt"])))]
        case "account":
            let types = ["BANK", "BANK", "ACCOUNTS_RECEIVABLE", "ACCOUNTS_PAYABLE", "EXPENSE", "REVENUE", "EXPENSE", "CREDIT_CARD", "FIXED_ASSET", "LIABILITY"]
            let names = ["Business Checking", "Savings", "Accounts Receivable", "Accounts Payable", "Office Supplies",
                         "Sales Revenue", "Travel Expenses", "Credit Card", "Equipment", "Payroll"]
            let k = names.firstIndex(of: who.phrase) ?? 0
            return [("id", JSONBuild.string(id("acc"))), ("name", JSONBuild.string(index < 10 ? names[index] : "\(who.phrase) \(index / 10 + 1)")),
                    ("description", JSONBuild.string("\(who.phrase) account")), ("type", JSONBuild.string(types[index < 10 ? index : k])),
                    ("status", JSONBuild.string(rng.chance(0.9) ? "ACTIVE" : "ARCHIVED")), ("balance", JSONBuild.money(amountCents(-5_000...80_000))),
                    ("currency", JSONBuild.string(currency)), ("customer_defined_code", JSONBuild.string(String(1000 + index * 10))),
                    ("is_payable", JSONBuild.bool(types[index < 10 ? index : k] == "ACCOUNTS_PAYABLE"))]
        case "transaction":
            let total = amountCents(10...9_000), tax = total * 19 / 119
            return [("id", JSONBuild.string(id("tx"))), ("type", JSONBuild.string(rng.pick(["Deposit", "Payment", "Transfer", "Expense", "Refund"]))),
                    ("memo", JSONBuild.string(who.phrase)), ("reference", JSONBuild.string("REF-\(rng.int(10_000...99_999))")), ("currency", JSONBuild.string(currency)),
                    ("total_amount", JSONBuild.money(total)), ("sub_total_amount", JSONBuild.money(total - tax)), ("tax_amount", JSONBuild.money(tax)),
                    ("account_id", JSONBuild.string(ref("acc"))), ("contacts", .array([JSONBuild.object([("id", JSONBuild.string(ref("ac"))), ("is_customer", JSONBuild.bool(true))])])),
                    ("lineitems", .array([JSONBuild.object([("account_id", JSONBuild.string(ref("acc"))), ("name", JSONBuild.string(rng.pick(NamePools.products))),
                                               ("total_amount", JSONBuild.money(total)), ("unit_amount", JSONBuild.money(total)), ("unit_quantity", JSONBuild.int(1))])])),
                    ("payment_method", JSONBuild.string(rng.pick(["BANK_TRANSFER", "CREDIT_CARD", "CASH", "DIRECT_DEBIT"])))]
        case "journal":
            let amount = amountCents(10...20_000)
            return [("id", JSONBuild.string(id("jr"))), ("description", JSONBuild.string(who.phrase)), ("reference", JSONBuild.string("JR-\(1001 + index)")),
                    ("currency", JSONBuild.string(currency)), ("posted_at", ts(created)), ("source", JSONBuild.string(rng.pick(["manual", "invoice", "bank feed"]))),
                    ("lineitems", .array([JSONBuild.object([("account_id", JSONBuild.string(ref("acc"))), ("debit_amount", JSONBuild.money(amount)), ("total_amount", JSONBuild.money(amount))]),
                                          JSONBuild.object([("account_id", JSONBuild.string(ref("acc"))), ("credit_amount", JSONBuild.money(amount)), ("total_amount", JSONBuild.money(amount))])]))]
        case "organization":
            let c = who.company
            return [("id", JSONBuild.string(id("org"))), ("name", JSONBuild.string(c.name)), ("legal_name", JSONBuild.string(c.legalName)), ("currency", JSONBuild.string(currency)),
                    ("timezone", JSONBuild.string(place.tz)), ("tax_number", JSONBuild.string("\(place.code)\(rng.int(100_000_000...999_999_999))")),
                    ("website", JSONBuild.string("https://www.\(c.domain)")), ("address", address()), ("fiscal_year_end_month", JSONBuild.int(12)),
                    ("organization_code", JSONBuild.string("ORG\(1001 + index)")), ("type", JSONBuild.string(rng.pick(["COMPANY", "SUBSIDIARY"])))]
        case "payment":
            return [("id", JSONBuild.string(id("pay"))), ("total_amount", JSONBuild.money(amountCents(20...12_000))), ("currency", JSONBuild.string(currency)),
                    ("status", JSONBuild.string(rng.pick(["SUCCEEDED", "SUCCEEDED", "PENDING", "AUTHORIZED", "FAILED", "CANCELED"]))),
                    ("type", JSONBuild.string(rng.pick(["PAYMENT", "REFUND"]))), ("contact_id", JSONBuild.string(ref("ac"))), ("invoice_id", JSONBuild.string(ref("inv"))),
                    ("payment_method", JSONBuild.string(rng.pick(["card", "sepa_debit", "bank_transfer", "paypal"]))),
                    ("reference", JSONBuild.string("PAY-\(rng.int(100_000...999_999))")), ("notes", JSONBuild.string(who.phrase)),
                    ("fee_amount", JSONBuild.money(rng.int(0...300)))]
        default:
            return generic()
        }
    }
}
