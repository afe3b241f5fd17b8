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
                lines.append(J.o([("id", J.s("li-\(k + 1)")), ("item_name", J.s(rng.pick(NamePools.products))), ("unit_amount", J.money(unit)),
                                  ("unit_quantity", J.i(qty)), ("total_amount", J.money(unit * qty)), ("tax_amount", J.money(unit * qty * 19 / 100)),
                                  ("account_id", J.s("acc-1006"))]))
            }
            let tax = net * 19 / 100, total = net + tax
            let status = rng.pick(["DRAFT", "AUTHORIZED", "AUTHORIZED", "PAID", "PAID", "PARTIALLY_PAID", "OVERDUE", "VOIDED"])
            let paid = status == "PAID" ? total : status == "PARTIALLY_PAID" ? total / 2 : 0
            var f: [(String, JSONValue)] = [
                ("id", J.s(id("inv"))), ("invoice_number", J.s("INV-\(ISOTime.formatDate(created).prefix(4))-\(1001 + index)")),
                ("contact_id", J.s(ref("ac"))), ("status", J.s(status)), ("type", J.s("INVOICE")), ("currency", J.s(currency)),
                ("total_amount", J.money(total)), ("tax_amount", J.money(tax)), ("discount_amount", J.money(0)), ("paid_amount", J.money(paid)),
                ("balance_amount", J.money(total - paid)), ("posted_at", ts(created)), ("due_at", ts(created + 30 * 86_400)),
            ]
            if paid == total { f.append(("paid_at", ts(updated))) }
            f += [("notes", J.s(who.phrase)), ("lineitems", .array(lines)), ("url", J.s("https://app.qbo.example/invoice?id=\(1001 + index)"))]
            return f
        case "contact":
            let customer = rng.chance(0.7)
            return [("id", J.s(id("ac"))), ("name", J.s(who.company.name)), ("first_name", J.s(who.first)), ("last_name", J.s(who.last)),
                    ("company_name", J.s(who.company.legalName)), ("emails", emails()), ("telephones", telephones()),
                    ("billing_address", address()), ("is_customer", J.b(customer)), ("is_supplier", J.b(!customer || rng.chance(0.1))),
                    ("is_active", J.b(rng.chance(0.9))), ("currency", J.s(currency)),
                    ("tax_number", J.s("\(place.code)\(rng.int(100_000_000...999_999_999))")),
                    ("payment_terms", J.s(rng.pick(["Net 14", "Net 30", "Due on receipt"])))]
        case "account":
            let types = ["BANK", "BANK", "ACCOUNTS_RECEIVABLE", "ACCOUNTS_PAYABLE", "EXPENSE", "REVENUE", "EXPENSE", "CREDIT_CARD", "FIXED_ASSET", "LIABILITY"]
            let names = ["Business Checking", "Savings", "Accounts Receivable", "Accounts Payable", "Office Supplies",
                         "Sales Revenue", "Travel Expenses", "Credit Card", "Equipment", "Payroll"]
            let k = names.firstIndex(of: who.phrase) ?? 0
            return [("id", J.s(id("acc"))), ("name", J.s(index < 10 ? names[index] : "\(who.phrase) \(index / 10 + 1)")),
                    ("description", J.s("\(who.phrase) account")), ("type", J.s(types[index < 10 ? index : k])),
                    ("status", J.s(rng.chance(0.9) ? "ACTIVE" : "ARCHIVED")), ("balance", J.money(amountCents(-5_000...80_000))),
                    ("currency", J.s(currency)), ("customer_defined_code", J.s(String(1000 + index * 10))),
                    ("is_payable", J.b(types[index < 10 ? index : k] == "ACCOUNTS_PAYABLE"))]
        case "transaction":
            let total = amountCents(10...9_000), tax = total * 19 / 119
            return [("id", J.s(id("tx"))), ("type", J.s(rng.pick(["Deposit", "Payment", "Transfer", "Expense", "Refund"]))),
                    ("memo", J.s(who.phrase)), ("reference", J.s("REF-\(rng.int(10_000...99_999))")), ("currency", J.s(currency)),
                    ("total_amount", J.money(total)), ("sub_total_amount", J.money(total - tax)), ("tax_amount", J.money(tax)),
                    ("account_id", J.s(ref("acc"))), ("contacts", .array([J.o([("id", J.s(ref("ac"))), ("is_customer", J.b(true))])])),
                    ("lineitems", .array([J.o([("account_id", J.s(ref("acc"))), ("name", J.s(rng.pick(NamePools.products))),
                                               ("total_amount", J.money(total)), ("unit_amount", J.money(total)), ("unit_quantity", J.i(1))])])),
                    ("payment_method", J.s(rng.pick(["BANK_TRANSFER", "CREDIT_CARD", "CASH", "DIRECT_DEBIT"])))]
        case "journal":
            let amount = amountCents(10...20_000)
            return [("id", J.s(id("jr"))), ("description", J.s(who.phrase)), ("reference", J.s("JR-\(1001 + index)")),
                    ("currency", J.s(currency)), ("posted_at", ts(created)), ("source", J.s(rng.pick(["manual", "invoice", "bank feed"]))),
                    ("lineitems", .array([J.o([("account_id", J.s(ref("acc"))), ("debit_amount", J.money(amount)), ("total_amount", J.money(amount))]),
                                          J.o([("account_id", J.s(ref("acc"))), ("credit_amount", J.money(amount)), ("total_amount", J.money(amount))])]))]
        case "organization":
            let c = who.company
            return [("id", J.s(id("org"))), ("name", J.s(c.name)), ("legal_name", J.s(c.legalName)), ("currency", J.s(currency)),
                    ("timezone", J.s(place.tz)), ("tax_number", J.s("\(place.code)\(rng.int(100_000_000...999_999_999))")),
                    ("website", J.s("https://www.\(c.domain)")), ("address", address()), ("fiscal_year_end_month", J.i(12)),
                    ("organization_code", J.s("ORG\(1001 + index)")), ("type", J.s(rng.pick(["COMPANY", "SUBSIDIARY"])))]
        case "payment":
            return [("id", J.s(id("pay"))), ("total_amount", J.money(amountCents(20...12_000))), ("currency", J.s(currency)),
                    ("status", J.s(rng.pick(["SUCCEEDED", "SUCCEEDED", "PENDING", "AUTHORIZED", "FAILED", "CANCELED"]))),
                    ("type", J.s(rng.pick(["PAYMENT", "REFUND"]))), ("contact_id", J.s(ref("ac"))), ("invoice_id", J.s(ref("inv"))),
                    ("payment_method", J.s(rng.pick(["card", "sepa_debit", "bank_transfer", "paypal"]))),
                    ("reference", J.s("PAY-\(rng.int(100_000...999_999))")), ("notes", J.s(who.phrase)),
                    ("fee_amount", J.money(rng.int(0...300)))]
        default:
            return generic()
        }
    }
}
