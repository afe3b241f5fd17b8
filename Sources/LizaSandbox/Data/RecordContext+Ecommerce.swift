import LizaAPI
import OrderedJSON

extension RecordContext {
    mutating func ecommerce() -> [(String, JSONValue)] {
        let who = identity
        switch object.name {
        case "item":
            let price = amountCents(3...180)
            let stock = rng.int(0...500)
            let sku = "\(slug(who.phrase).uppercased().prefix(8))-\(1001 + index)"
            var prices: [(String, JSONValue)] = [("price", J.money(price)), ("currency", J.s(currency))]
            if rng.chance(0.25) { prices.append(("compare_at_price", J.money(price * 5 / 4))) }
            return [("id", J.s(id("prod"))), ("name", J.s(who.phrase)), ("public_name", J.s(who.phrase)),
                    ("description", J.s("A \(who.phrase.lowercased()) from \(who.company.name).")), ("slug", J.s(slug(who.phrase) + "-\(1001 + index)")),
                    ("is_active", J.b(rng.chance(0.9))), ("is_visible", J.b(rng.chance(0.85))), ("is_taxable", J.b(true)),
                    ("requires_shipping", J.b(true)), ("vendor_name", J.s(who.company.name)),
                    ("tags", tags(["bestseller", "new", "sale", "eco", "gift"], upTo: 2)), ("prices", .array([J.o(prices)])),
                    ("variants", .array([J.o([("id", J.s("var-\(1001 + index)")), ("name", J.s("Default")), ("sku", J.s(sku)),
                                              ("prices", .array([J.o([("price", J.money(price)), ("currency", J.s(currency))])])),
                                              ("total_stock", J.i(stock))])])),
                    ("media", .array([J.o([("url", J.s("https://cdn.shop.example/\(slug(who.phrase)).jpg")), ("alt", J.s(who.phrase)),
                                           ("type", J.s("image")), ("width", J.i(1200)), ("height", J.i(1200))])])),
                    ("collections", .array([J.o([("id", J.s(ref("col"))), ("name", J.s(rng.pick(["Kitchen", "Apparel", "Office", "Gifts"]))),
                                                 ("type", J.s("COLLECTION"))])])),
                    ("total_stock", J.i(stock)), ("weight", J.money(rng.int(5...300) * 10)), ("weight_unit", J.s("g"))]
        case "collection":
            return [("id", J.s(id("col"))), ("name", J.s(index < 8 ? who.phrase : "\(who.phrase) \(index / 8 + 1)")),
                    ("description", J.s("Our \(who.phrase.lowercased()) selection")), ("public_name", J.s(who.phrase)),
                    ("type", J.s(rng.pick(["COLLECTION", "COLLECTION", "CATEGORY", "SAVED_SEARCH"]))), ("is_active", J.b(true)),
                    ("is_visible", J.b(rng.chance(0.9))), ("is_featured", J.b(rng.chance(0.2))), ("tags", tags(["seasonal", "home", "summer"], upTo: 1))]
        case "inventory":
            return [("id", J.s(id("stk"))), ("item_id", J.s(ref("prod"))), ("item_variant_id", J.s(ref("var"))),
                    ("location_id", J.s("loc-\(1001 + rng.below(min(max(space.count, 1), 4)))")), ("available", J.i(rng.int(0...800)))]
        case "location":
            let p = place
            return [("id", J.s(id("loc"))), ("name", J.s(who.phrase)), ("description", J.s("\(who.phrase) in \(p.country)")),
                    ("address", address()), ("telephones", telephones()), ("currency", J.s(currency)), ("is_active", J.b(rng.chance(0.9))),
                    ("latitude", J.money(rng.int(-9000...9000) * 100 + rng.below(100))), ("longitude", J.money(rng.int(-18000...18000) * 100 + rng.below(100))),
                    ("location_type", J.s(rng.pick(["warehouse", "store", "fulfillment_center"])))]
        default:
            return generic()
        }
    }
}
