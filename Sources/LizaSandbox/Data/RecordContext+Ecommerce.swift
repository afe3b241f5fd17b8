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
            var prices: [(String, JSONValue)] = [("price", JSONBuild.money(price)), ("currency", JSONBuild.string(currency))]
            if rng.chance(0.25) { prices.append(("compare_at_price", JSONBuild.money(price * 5 / 4))) }
            return [("id", JSONBuild.string(id("prod"))), ("name", JSONBuild.string(who.phrase)), ("public_name", JSONBuild.string(who.phrase)),
                    ("description", JSONBuild.string("A \(who.phrase.lowercased()) from \(who.company.name).")), ("slug", JSONBuild.string(slug(who.phrase) + "-\(1001 + index)")),
                    ("is_active", JSONBuild.bool(rng.chance(0.9))), ("is_visible", JSONBuild.bool(rng.chance(0.85))), ("is_taxable", JSONBuild.bool(true)),
                    ("requires_shipping", JSONBuild.bool(true)), ("vendor_name", JSONBuild.string(who.company.name)),
                    ("tags", tags(["bestseller", "new", "sale", "eco", "gift"], upTo: 2)), ("prices", .array([JSONBuild.object(prices)])),
                    ("variants", .array([JSONBuild.object([("id", JSONBuild.string("var-\(1001 + index)")), ("name", JSONBuild.string("Default")), ("sku", JSONBuild.string(sku)),
                                              ("prices", .array([JSONBuild.object([("price", JSONBuild.money(price)), ("currency", JSONBuild.string(currency))])])),
                                              ("total_stock", JSONBuild.int(stock))])])),
                    ("media", .array([JSONBuild.object([("url", JSONBuild.string("https://cdn.shop.example/\(slug(who.phrase)).jpg")), ("alt", JSONBuild.string(who.phrase)),
                                           ("type", JSONBuild.string("image")), ("width", JSONBuild.int(1200)), ("height", JSONBuild.int(1200))])])),
                    ("collections", .array([JSONBuild.object([("id", JSONBuild.string(ref("col"))), ("name", JSONBuild.string(rng.pick(["Kitchen", "Apparel", "Office", "Gifts"]))),
                                                 ("type", JSONBuild.string("COLLECTION"))])])),
                    ("total_stock", JSONBuild.int(stock)), ("weight", JSONBuild.money(rng.int(5...300) * 10)), ("weight_unit", JSONBuild.string("g"))]
        case "collection":
            return [("id", JSONBuild.string(id("col"))), ("name", JSONBuild.string(index < 8 ? who.phrase : "\(who.phrase) \(index / 8 + 1)")),
                    ("description", JSONBuild.string("Our \(who.phrase.lowercased()) selection")), ("public_name", JSONBuild.string(who.phrase)),
                    ("type", JSONBuild.string(rng.pick(["COLLECTION", "COLLECTION", "CATEGORY", "SAVED_SEARCH"]))), ("is_active", JSONBuild.bool(true)),
                    ("is_visible", JSONBuild.bool(rng.chance(0.9))), ("is_featured", JSONBuild.bool(rng.chance(0.2))), ("tags", tags(["seasonal", "home", "summer"], upTo: 1))]
        case "inventory":
            return [("id", JSONBuild.string(id("stk"))), ("item_id", JSONBuild.string(ref("prod"))), ("item_variant_id", JSONBuild.string(ref("var"))),
                    ("location_id", JSONBuild.string("loc-\(1001 + rng.below(min(max(space.count, 1), 4)))")), ("available", JSONBuild.int(rng.int(0...800)))]
        case "location":
            let p = place
            return [("id", JSONBuild.string(id("loc"))), ("name", JSONBuild.string(who.phrase)), ("description", JSONBuild.string("\(who.phrase) in \(p.country)")),
                    ("address", address()), ("telephones", telephones()), ("currency", JSONBuild.string(currency)), ("is_active", JSONBuild.bool(rng.chance(0.9))),
                    ("latitude", JSONBuild.money(rng.int(-9000...9000) * 100 + rng.below(100))), ("longitude", JSONBuild.money(rng.int(-18000...18000) * 100 + rng.below(100))),
                    ("location_type", JSONBuild.string(rng.pick(["warehouse", "store", "fulfillment_center"])))]
        default:
            return generic()
        }
    }
}
