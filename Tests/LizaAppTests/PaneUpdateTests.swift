import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit

@Suite struct IntegrationsUpdateTests {
    @Test func filterNarrowsAndEscClears() {
        var s = Fixtures.loadedState()
        s.press(.char("/"))
        #expect(s.keyContext == .filter)
        s.type("goo")
        #expect(s.integrations.list.visibleCount == 2)
        s.press(.enter)
        #expect(s.keyContext == .integrations)
        #expect(s.integrations.selected?.type == "googlecalendar")
        s.press(.esc)
        #expect(s.integrations.list.filter.isEmpty)
        #expect(s.integrations.list.visibleCount == Fixtures.integrations.count)
    }

    @Test func qTypedIntoAFilterIsText() {
        var s = Fixtures.loadedState()
        s.press(.char("/"), .char("q"))
        #expect(!s.quitRequested)
        #expect(s.integrations.list.filter.text == "q")
    }

    @Test func enterOpensTheConnectFormPrefilled() {
        var s = Fixtures.loadedState()
        s.press(.char("j"), .enter)  // sorted by name: Clearbit, Google Calendar, …
        guard case .connect(let f)? = s.topModal else { Issue.record("no connect form"); return }
        #expect(f.integrationType.text == "googlecalendar")
        #expect(f.categoryChoices == [.calendar])
        #expect(f.selectedCategories == [.calendar])
    }

    @Test func inspectShowsTheIntegrationJSON() {
        var s = Fixtures.loadedState()
        s.press(.char("i"))
        guard case .document(let document1)? = s.topModal else { Issue.record("no document"); return }
        let title = document1.title
        let json = document1.json
        #expect(title == "Integration Clearbit")
        #expect((0..<json.lineCount).contains { json.text(ofLine: $0) == "  \"type\": \"clearbit\"," })
    }

    @Test func movementIsClamped() {
        var s = Fixtures.loadedState()
        s.press(.up, .up)
        #expect(s.integrations.list.table.selected == 0)
        s.press(.char("G"))
        #expect(s.integrations.list.table.selected == Fixtures.integrations.count - 1)
        s.press(.down)
        #expect(s.integrations.list.table.selected == Fixtures.integrations.count - 1)
        s.press(.char("g"))
        #expect(s.integrations.list.table.selected == 0)
    }
}

@Suite struct ConnectionsUpdateTests {
    @Test func enterOpensRecordsOfTheFirstCategory() {
        var s = Fixtures.loadedState()
        let fx = s.press(.char("2"), .enter)
        #expect(s.focus == .records)
        #expect(s.records.connection?.id == Fixtures.hubspotID)
        #expect(s.records.category == .crm)
        #expect(s.records.objectType == "contact")
        let g = Fixtures.generation(of: s.records.load)
        #expect(fx.contains(.loadRecords(RecordQuery(connectionID: Fixtures.hubspotID, category: .crm, objectType: "contact"), generation: g)))
    }

    @Test func deleteAsksFirstThenDeletesAndReloads() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("j"))
        s.press(.char("d"))
        guard case .confirm(let c)? = s.topModal else { Issue.record("no confirm"); return }
        #expect(c.message.contains(Fixtures.zendeskID))
        #expect(c.message.contains("zendesk"))
        let fx = s.press(.char("y"))
        let g = Fixtures.generation(of: s.connections.deleting)
        #expect(fx.contains(.deleteConnection(id: Fixtures.zendeskID, generation: g)))
        let fx2 = ProgramStep.run(&s, .connectionDeleted(id: Fixtures.zendeskID, generation: g, .success(Fixtures.zendeskID)))
        #expect(!s.connections.items.contains { $0.id == Fixtures.zendeskID })
        #expect(fx2.contains { $0.id == .connections })
    }

    @Test func deleteCanBeCancelled() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("d"))
        let fx = s.press(.char("n"))
        #expect(fx.isEmpty)
        #expect(s.modals.isEmpty)
        #expect(s.connections.items.count == 6)
    }

    @Test func inspectShowsTheFullJSON() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("i"))
        guard case .document(let document2)? = s.topModal else { Issue.record("no document"); return }
        let json = document2.json
        #expect((0..<json.lineCount).contains { json.text(ofLine: $0).contains(Fixtures.hubspotID) })
    }

    @Test func finalizeOpensTheCallbackFormPrefilled() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("G"), .char("f"))
        guard case .callback(let c)? = s.topModal else { Issue.record("no callback form"); return }
        #expect(c.connectionID.text == Fixtures.pendingID)
        let fx = s.press(.enter)
        let g = s.generation
        #expect(fx.contains(.finalize(connectionID: Fixtures.pendingID, generation: g)))
        let active = Fixtures.connection(Fixtures.pendingID, "salesforce", [.crm], day: 6)
        _ = ProgramStep.run(&s, .finalized(generation: g, .success(CallbackResult(connection: active, raw: active.raw))))
        guard case .callback(let done)? = s.topModal else { Issue.record("form closed too early"); return }
        #expect(done.result?.connection?.status == "active")
    }
}

@Suite struct RecordsUpdateTests {
    @Test func firstPageFillsTheTableWithColumnsFromTheData() {
        let s = Fixtures.recordsState()
        #expect(s.records.rows.count == 50)
        #expect(s.records.hasMore)
        #expect(Array(s.records.columns.prefix(6)) == ["id", "name", "emails[0].email", "title", "company", "telephones[0].telephone"])
        #expect(s.records.columns.suffix(2) == ["created_at", "updated_at"])
        #expect(s.records.footer(keys: s.keys) == "50 loaded · more available")
        #expect(s.records.rows[0].cells["created_at"] == "2025-03-01 10:00")
    }

    @Test func nextPageLoadsAsTheCursorNearsTheEnd() {
        var s = Fixtures.recordsState()
        var fx: [Effect] = []
        for _ in 0..<39 { fx += s.press(.down) }
        #expect(fx.isEmpty)
        fx = s.press(.down)
        let g = Fixtures.generation(of: s.records.load)
        #expect(fx == [.loadRecords(RecordQuery(connectionID: Fixtures.hubspotID, category: .crm, objectType: "contact", offset: 50), generation: g), .scheduleTick])
        // Moving on while it loads asks for nothing more.
        #expect(s.press(.down).isEmpty)
        _ = ProgramStep.run(&s, .recordsLoaded(generation: g, .success(Fixtures.page(offset: 50, limit: 50))))
        #expect(s.records.rows.count == 100)
        #expect(s.records.list.table.selected == 41)
    }

    @Test func aPageForAnotherObjectArrivingLateIsDropped() {
        var s = Fixtures.recordsState()
        s.press(.char("r"))
        let old = Fixtures.generation(of: s.records.load)
        let fx = s.press(.char("]"))  // next object type: company
        #expect(fx.first == .cancel(.records))
        #expect(s.records.objectType == "company")
        _ = ProgramStep.run(&s, .recordsLoaded(generation: old, .success(Fixtures.page(offset: 0, limit: 50))))
        #expect(s.records.rows.isEmpty)
    }

    @Test func filterNarrowsLoadedRows() {
        var s = Fixtures.recordsState()
        s.press(.char("/"))
        s.type("ada")
        #expect(s.records.list.visibleCount == 5)
        #expect(s.records.list.source.visibleItems(0..<50).allSatisfy { $0.haystack.contains("ada") })
        #expect(s.records.footer(keys: s.keys).hasPrefix("5 match"))
        s.press(.esc)
        #expect(s.records.list.visibleCount == 50)
    }

    @Test func movingAndSwitchingPanesWhileLoadingIsAllowed() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .enter)
        #expect(s.records.load.isLoading)
        s.press(.char("1"), .down, .char("/"))
        s.type("hub")
        #expect(s.focus == .integrations)
        #expect(s.integrations.list.visibleCount == 1)
        let g = Fixtures.generation(of: s.records.load)
        _ = ProgramStep.run(&s, .recordsLoaded(generation: g, .success(Fixtures.page(offset: 0, limit: 50))))
        #expect(s.records.rows.count == 50)
    }

    @Test func loadAllShowsProgressAndEscCancels() {
        var s = Fixtures.recordsState()
        let fx = s.press(.char("L"))
        guard let p = s.records.loadingAll else { Issue.record("not loading all"); return }
        #expect(fx.contains(.loadAllRecords(RecordQuery(connectionID: Fixtures.hubspotID, category: .crm, objectType: "contact", offset: 50),
                                            concurrency: 4, maxRecords: 100_000, generation: p.generation)))
        _ = ProgramStep.run(&s, .loadAllPage(generation: p.generation, Fixtures.page(offset: 50, limit: 50)))
        #expect(s.records.loadingAll?.loaded == 100)
        #expect(s.loadingLabel == "loading all contacts (100)")
        let fx2 = s.press(.esc)
        #expect(fx2.contains(.cancel(.records)))
        #expect(s.records.loadingAll == nil)
        _ = ProgramStep.run(&s, .loadAllPage(generation: p.generation, Fixtures.page(offset: 100, limit: 50)))
        #expect(s.records.rows.count == 100, "pages after cancel are dropped")
    }

    @Test func loadAllToTheEnd() {
        var s = Fixtures.recordsState()
        s.press(.char("L"))
        let g = s.records.loadingAll?.generation ?? -1
        for offset in stride(from: 50, to: 250, by: 50) {
            _ = ProgramStep.run(&s, .loadAllPage(generation: g, Fixtures.page(offset: offset, limit: 50)))
        }
        _ = ProgramStep.run(&s, .loadAllFinished(generation: g, .success(200)))
        #expect(s.records.rows.count == 250)
        #expect(s.records.footer(keys: s.keys) == "all 250 loaded")
    }

    @Test func sortByColumnAndReverse() {
        var s = Fixtures.recordsState()
        s.press(.char("o"))
        #expect(s.records.sort == RecordSort(column: "id"))
        s.press(.char("o"))
        #expect(s.records.sort?.column == "name")
        let firstName = s.records.selected?.cells["name"]
        #expect(firstName == "Ada Dijkstra")
        s.press(.char("O"))
        #expect(s.records.selected?.cells["name"] == "Radia Turing")
    }

    @Test func enterOpensTheRecordAndYCopiesIt() {
        var s = Fixtures.recordsState()
        s.press(.down, .enter)
        guard case .document(let document3)? = s.topModal else { Issue.record("no document"); return }
        let title = document3.title
        #expect(title == "contact ct_0002")
        let fx = s.press(.char("y"))
        #expect(fx == [.copyToClipboard(Fixtures.contact(1).prettyPrinted())])
        #expect(s.status.notice?.hasPrefix("copied") == true)
    }

    @Test func serverQueryFormValidatesAndReloads() {
        var s = Fixtures.recordsState()
        s.press(.char("s"))
        guard case .queryForm = s.topModal else { Issue.record("no query form"); return }
        s.type("ada")
        s.press(.tab)
        s.type("yesterday")
        let none = s.press(.enter)
        #expect(none.isEmpty)
        guard case .queryForm(let f)? = s.topModal else { Issue.record("form closed on bad input"); return }
        #expect(f.errors[.updatedSince] != nil)
        #expect(f.query.text == "ada", "typed text is kept")
        s.press(.ctrl("u"))
        s.type("2025-01-01")
        let fx = s.press(.enter)
        #expect(s.modals.isEmpty)
        let g = Fixtures.generation(of: s.records.load)
        #expect(fx.contains(.loadRecords(RecordQuery(connectionID: Fixtures.hubspotID, category: .crm, objectType: "contact",
                                                     query: "ada", updatedSince: "2025-01-01"), generation: g)))
    }

    @Test func objectPickerAcceptsCatalogAndTypedObjects() {
        var s = Fixtures.recordsState()
        s.press(.char("t"))
        s.type("deal")
        s.press(.enter)
        #expect(s.records.objectType == "deal")
        s.press(.char("t"))
        s.type("crm/widget")
        s.press(.enter)
        #expect(s.records.objectType == "widget")
        #expect(s.records.category == .crm)
    }

    @Test func enrichmentAsksForLookupFields() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("G"), .char("k"), .enter)  // clearbit (enrichment)
        #expect(s.records.category == .enrichment)
        guard case .lookupForm(let f)? = s.topModal else { Issue.record("no lookup form"); return }
        #expect(f.fields.first == "email")
        s.type("ada@example.com")
        let fx = s.press(.enter)
        let g = Fixtures.generation(of: s.records.load)
        #expect(fx.contains(.lookup(connectionID: Fixtures.clearbitID, category: .enrichment, objectType: "person",
                                    fields: ["email": "ada@example.com"], generation: g)))
        let person: JSONValue = .object([("id", .string("p1")), ("name", .string("Ada Lovelace"))])
        _ = ProgramStep.run(&s, .lookedUp(generation: g, .success(person)))
        #expect(s.records.rows.count == 1)
        #expect(s.records.footer(keys: s.keys) == "1 record")
    }

    @Test func failedPageShowsAnErrorAndKeepsRows() {
        var s = Fixtures.recordsState()
        for _ in 0..<40 { s.press(.down) }
        let g = Fixtures.generation(of: s.records.load)
        _ = ProgramStep.run(&s, .recordsLoaded(generation: g, .failure(LizaError(kind: .server, status: 500, message: "boom"))))
        #expect(s.records.rows.count == 50)
        #expect(s.status.error == "Loading crm/contact failed: boom (HTTP 500)")
    }
}
