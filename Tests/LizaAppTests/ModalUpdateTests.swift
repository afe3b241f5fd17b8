import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit

@Suite struct ConnectUpdateTests {
    @Test func validationIsInlineAndKeepsTyping() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("c"))
        s.type("hubsp")
        s.press(KeyEvent(.right))  // accept the completion
        guard case .connect(let f)? = s.topModal else { Issue.record("no form"); return }
        #expect(f.integrationType.text == "hubspot")
        #expect(f.categoryChoices == [.crm, .marketing])
        s.press(.tab, .tab)  // to redirect URL (categories empty → error shown on leaving)
        s.type("not a url")
        let none = s.press(.enter)
        #expect(none.isEmpty)
        guard case .connect(let f2)? = s.topModal else { Issue.record("form closed"); return }
        #expect(f2.errors[.categories] != nil)
        #expect(f2.errors[.redirectURL] != nil)
        #expect(f2.field == .categories)
        #expect(f2.redirectURL.text == "not a url")
    }

    @Test func unknownIntegrationSuggestsOne() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("c"))
        s.type("hubspt")
        s.press(.enter)
        guard case .connect(let f)? = s.topModal else { Issue.record("no form"); return }
        #expect(f.errors[.integrationType] == "unknown integration 'hubspt' — did you mean hubspot?")
    }

    @Test func fullFlowToAuthorizeAndFinalize() {
        var s = Fixtures.loadedState()
        s.press(.char("G"))  // Slack? sorted: Clearbit, Google Calendar, Google Drive, HubSpot, Salesforce, Slack, Zendesk
        s.press(.char("g"), .down, .down, .down, .enter)  // HubSpot
        guard case .connect(let f)? = s.topModal else { Issue.record("no form"); return }
        #expect(f.integrationType.text == "hubspot")
        #expect(f.field == .categories)
        s.press(KeyEvent(.right), .char(" "))  // marketing off (it was preselected)
        s.press(.tab)
        s.type("https://example.com/done")
        s.press(.tab)
        s.type("user-42")
        s.press(.tab)
        s.type("crm.read, crm.write")
        let fx = s.press(.enter)
        let g = s.generation
        #expect(fx.contains(.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm], redirectURL: "https://example.com/done",
                                                    externalXref: "user-42", scopes: ["crm.read", "crm.write"]), generation: g)))
        #expect(s.loadingLabel == "connecting")
        let url = "http://127.0.0.1:8080/authorize/" + Fixtures.pendingID + "?state=abc"
        let fx2 = ProgramStep.run(&s, .connected(generation: g, .success(ConnectResponse(url: url, connectionID: Fixtures.pendingID))))
        #expect(fx2.contains { $0.id == .connections })
        guard case .authorize(let a)? = s.topModal else { Issue.record("no authorize step"); return }
        #expect(a.url == url)
        #expect(s.press(.char("c")) == [.copyToClipboard(url)])
        #expect(s.press(.char("o")) == [.openURL(url)])
        let fx3 = s.press(.enter)
        let g2 = s.generation
        #expect(fx3.contains(.finalize(connectionID: Fixtures.pendingID, generation: g2)))
        _ = ProgramStep.run(&s, .finalized(generation: g2, .failure(LizaError(kind: .validation, status: 400, message: "not yet approved"))))
        guard case .authorize(let a2)? = s.topModal else { Issue.record("closed on failure"); return }
        #expect(a2.messageIsError)
        #expect(a2.message?.contains("not yet approved") == true)
        s.press(.enter)
        let g3 = s.generation
        let active = Fixtures.connection(Fixtures.pendingID, "hubspot", [.crm], day: 6)
        _ = ProgramStep.run(&s, .finalized(generation: g3, .success(CallbackResult(connection: active, raw: active.raw))))
        guard case .authorize(let a3)? = s.topModal else { Issue.record("closed"); return }
        #expect(a3.connected?.id == Fixtures.pendingID)
        s.press(.enter)
        #expect(s.modals.isEmpty)
        #expect(s.focus == .connections)
    }

    @Test func serverRejectionKeepsTheForm() {
        var s = Fixtures.loadedState()
        s.press(.enter)  // Clearbit
        s.press(.enter)
        let g = s.generation
        _ = ProgramStep.run(&s, .connected(generation: g, .failure(LizaError(kind: .validation, status: 400, message: "categories: bad", field: .categories))))
        guard case .connect(let f)? = s.topModal else { Issue.record("form lost"); return }
        #expect(f.integrationType.text == "clearbit")
        #expect(f.serverError == "categories: bad (HTTP 400)")
        #expect(f.errors[.categories] == "categories: bad")
    }

    @Test func openingABrowserIsNotOfferedOverSSH() {
        var s = Fixtures.loadedState()
        s.session.isSSH = true
        s.present(AuthorizeState(url: "http://127.0.0.1/authorize/x", connectionID: "x", integrationType: "hubspot"))
        let fx = s.press(.char("o"))
        #expect(fx.isEmpty)
        guard case .authorize(let a)? = s.topModal else { Issue.record("closed"); return }
        #expect(a.message?.contains("SSH") == true)
    }

    @Test func escLeavesItPending() {
        var s = Fixtures.loadedState()
        s.present(AuthorizeState(url: "http://127.0.0.1/authorize/x", connectionID: Fixtures.pendingID, integrationType: "hubspot"))
        s.press(.esc)
        #expect(s.modals.isEmpty)
        #expect(s.status.notice?.contains("press f") == true)
    }
}

@Suite struct PassthroughUpdateTests {
    func openPassthrough() -> AppState {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        return s
    }

    @Test func getSendsAtOnceAndShowsTheResponse() {
        var s = openPassthrough()
        guard case .passthrough(let p)? = s.topModal else { Issue.record("no form"); return }
        #expect(p.path.text == "/crm/v3/objects/contacts", "a working example for HubSpot")
        let fx = s.press(.ctrl("s"))
        let g = s.generation
        #expect(fx.contains(.passthrough(connectionID: Fixtures.hubspotID, PassthroughRequest(method: .GET, path: "/crm/v3/objects/contacts"), generation: g)))
        let body: JSONValue = .object([("results", .array([.object([("id", .string("501"))])]))])
        let saved = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(PassthroughResponse(status: 200, contentType: "application/json", body: .json(body), bytes: [], duration: 0.042))))
        #expect(saved == [.saveHistory(profile: "default", s.passthroughHistory)])
        guard case .passthrough(let p2)? = s.topModal else { Issue.record("closed"); return }
        #expect(p2.status == 200)
        #expect(p2.focus == .response)
        guard let json = p2.response?.json else { Issue.record("no JSON response"); return }
        #expect((0..<json.lineCount).contains { json.text(ofLine: $0).contains("\"501\"") })
        #expect(s.passthroughHistory.count == 1)
        #expect(s.keyContext == .passthroughResponse)
        s.press(.char("/"))
        s.type("501")
        s.press(.enter)
        guard case .passthrough(let p3)? = s.topModal else { Issue.record("closed"); return }
        #expect(p3.response?.json?.matchingLines().count == 1)
        #expect(p3.response?.json.map { $0.text(ofLine: $0.cursor).contains("501") } == true)
        #expect(s.status.notice == "1 matching line")
    }

    @Test func bodyIsValidatedLiveWithLineAndColumn() {
        var s = openPassthrough()
        s.press(.tab)  // body
        // Enter keeps the line's indentation, as in an editor: line 3 is `  "b" 2`.
        s.type("{")
        s.press(.enter)
        s.type("  \"a\": 1,")
        s.press(.enter)
        s.type("\"b\" 2")
        s.press(.enter)
        s.type("}")
        guard case .passthrough(let p)? = s.topModal else { Issue.record("no form"); return }
        #expect(p.bodyError?.line == 3)
        #expect(p.bodyError?.column == 7)
        let fx = s.press(.ctrl("s"))
        #expect(fx.isEmpty)
        guard case .passthrough(let p2)? = s.topModal else { Issue.record("no form"); return }
        #expect(p2.error?.contains("line 3, column 7") == true)
    }

    @Test func nonGetAsksFirstAndAFailureKeepsEverything() {
        var s = openPassthrough()
        s.press(KeyEvent(.backTab))  // method
        s.type("p")  // POST
        s.press(.tab, .tab)
        s.type("{\"email\": \"ada@example.com\"}")
        let none = s.press(.ctrl("s"))
        #expect(none.isEmpty)
        guard case .confirm(let c)? = s.topModal else { Issue.record("no confirm"); return }
        #expect(c.title == "Send POST")
        let fx = s.press(.char("y"))
        let g = s.generation
        #expect(fx.contains(.passthrough(connectionID: Fixtures.hubspotID,
                                         PassthroughRequest(method: .POST, path: "/crm/v3/objects/contacts",
                                                            data: .object([("email", .string("ada@example.com"))])), generation: g)))
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .failure(LizaError(kind: .network, message: "connection refused"))))
        guard case .passthrough(let p)? = s.topModal else { Issue.record("form lost"); return }
        #expect(p.error == "connection refused")
        #expect(p.method == .POST)
        #expect(p.path.text == "/crm/v3/objects/contacts")
        #expect(p.body.text == "{\"email\": \"ada@example.com\"}")
    }

    @Test func draftsSurviveClosingAndHistoryRecalls() {
        var s = openPassthrough()
        s.press(.ctrl("u"))
        s.type("/health")
        s.press(.ctrl("s"))
        let g = s.generation
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(PassthroughResponse(status: 200, contentType: "text/plain", body: .text("ok\n"), bytes: Array("ok\n".utf8), duration: 0.01))))
        s.press(.esc)
        #expect(s.modals.isEmpty)
        s.press(.char("p"))
        guard case .passthrough(let p)? = s.topModal else { Issue.record("no form"); return }
        #expect(p.path.text == "/health")
        s.press(.tab)  // to method from response
        s.press(.tab)  // path
        s.press(.ctrl("u"))
        s.press(.ctrl("p"))
        guard case .passthrough(let p2)? = s.topModal else { Issue.record("no form"); return }
        #expect(p2.path.text == "/health")
    }
}

extension PassthroughUpdateTests {
    /// Issue 7 item 6: ctrl-p no longer loses what was typed; ctrl-n past the newest entry
    /// brings the unsent draft back, as shells do.
    @Test func ctrlNPastTheNewestEntryRestoresTheDraft() {
        var s = openPassthrough()
        s.press(.ctrl("u"))
        s.type("/health")
        s.press(.ctrl("s"))
        let g = s.generation
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(PassthroughResponse(status: 200, contentType: "text/plain", body: .text("ok\n"), bytes: Array("ok\n".utf8), duration: 0.01))))
        s.press(.tab, .tab)  // response → method → path
        s.press(.ctrl("u"))
        s.type("/my/unsent/draft")
        s.press(.ctrl("p"))
        guard case .passthrough(let p1)? = s.topModal else { Issue.record("no form"); return }
        #expect(p1.path.text == "/health")
        s.press(.ctrl("p"))  // already the oldest: stays
        guard case .passthrough(let p2)? = s.topModal else { Issue.record("no form"); return }
        #expect(p2.path.text == "/health")
        s.press(.ctrl("n"))
        guard case .passthrough(let p3)? = s.topModal else { Issue.record("no form"); return }
        #expect(p3.path.text == "/my/unsent/draft")
        #expect(p3.historyIndex == nil)
        s.press(.ctrl("n"))  // past the draft: nothing changes
        guard case .passthrough(let p4)? = s.topModal else { Issue.record("no form"); return }
        #expect(p4.path.text == "/my/unsent/draft")
    }
}

@Suite struct PaletteUpdateTests {
    @Test func completesCommandsAndArguments() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        s.type("th")
        #expect(PaletteCompletion.candidates("th", state: s) == ["theme"])
        s.press(.tab)
        s.type("n")
        s.press(.tab)
        guard case .palette(let p)? = s.topModal else { Issue.record("no palette"); return }
        #expect(p.input.text == "theme nord ")
        let fx = s.press(.enter)
        #expect(fx == [.loadTheme("nord")])
        #expect(s.modals.isEmpty)
    }

    @Test func recordsCommandOpensRecords() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        s.type("records zendesk ticketing ticket")
        let fx = s.press(.enter)
        #expect(s.records.connection?.id == Fixtures.zendeskID)
        #expect(s.records.objectType == "ticket")
        #expect(fx.contains { $0.id == .records })
    }

    @Test func connectCommandPrefillsTheForm() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        s.type("connect hubspot")
        s.press(.enter)
        guard case .connect(let f)? = s.topModal else { Issue.record("no form"); return }
        #expect(f.integrationType.text == "hubspot")
    }

    @Test func unknownCommandsExplainThemselves() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        s.type("frobnicate")
        s.press(.enter)
        guard case .palette(let p)? = s.topModal else { Issue.record("palette closed"); return }
        #expect(p.error?.contains("unknown command 'frobnicate'") == true)
    }

    @Test func quitAndPassthrough() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        s.type("passthrough \(Fixtures.driveID.prefix(6))")
        s.press(.enter)
        guard case .passthrough(let p)? = s.topModal else { Issue.record("no passthrough"); return }
        #expect(p.connectionID == Fixtures.driveID)
        s.press(.esc, .char(":"))
        s.type("quit")
        s.press(.enter)
        #expect(s.quitRequested)
    }
}

@Suite struct DocumentViewerTests {
    /// The record's JSON view: fold keys, `/` search with `n`/`N`, and `y` copying the whole value.
    @Test func foldsSearchesAndCopies() throws {
        var s = Fixtures.recordsState()
        s.press(.enter)
        guard case .document(let document1)? = s.topModal else { Issue.record("no document"); return }
        let opened = document1.json
        let full = opened.lineCount
        let emails = try #require((0..<full).first { opened.text(ofLine: $0).hasPrefix("  \"emails\"") })
        for _ in 0..<emails { s.press(.char("j")) }
        s.press(.enter)
        guard case .document(let document2)? = s.topModal else { Issue.record("closed"); return }
        let folded = document2.json
        #expect(folded.lineCount == full - 5)
        #expect(folded.text(ofLine: folded.cursor).contains("[…]"))
        s.press(.char("l"))
        guard case .document(let document3)? = s.topModal else { Issue.record("closed"); return }
        let unfolded = document3.json
        #expect(unfolded.lineCount == full)
        s.press(.char("g"), .char("/"))
        #expect(s.keyContext == .search)
        s.type("email")
        s.press(.enter)
        guard case .document(let document4)? = s.topModal else { Issue.record("closed"); return }
        let searched = document4.json
        #expect(s.keyContext == .document)
        #expect(searched.query == "email")
        let first = searched.cursor
        #expect(searched.text(ofLine: first).contains("email"))
        s.press(.char("n"))
        guard case .document(let document5)? = s.topModal else { Issue.record("closed"); return }
        let next = document5.json
        #expect(next.cursor != first && next.text(ofLine: next.cursor).contains("email"))
        s.press(.char("N"))
        guard case .document(let document6)? = s.topModal else { Issue.record("closed"); return }
        let back = document6.json
        #expect(back.cursor == first)
        // Esc leaves the search prompt first, then closes the viewer.
        s.press(.char("/"), .esc)
        #expect(s.keyContext == .document)
        let fx = s.press(.char("y"))
        let copied = fx.first.flatMap { if case .copyToClipboard(let t) = $0 { return t } else { return nil } }
        #expect(try copied.map { try JSONValue.parse($0) } == Fixtures.contact(0))
        s.press(.esc)
        #expect(s.modals.isEmpty)
    }

    @Test func textAndBinaryResponsesAreShownAndCopied() {
        var text = ResponseBody.text(TextBodyState(text: "a\tb\nline 2"))
        #expect(TextBodyState(text: "a\tb\nline 2").lines == ["a  b", "line 2"])
        #expect(text.copyText == "a\tb\nline 2")
        text = .binary(byteCount: 2048)
        #expect(text.copyText.isEmpty && !text.isSearching)
    }

    /// A text (not JSON) passthrough answer is searchable too: `/` opens the prompt, enter jumps to
    /// the first match, `n`/`N` walk the matches, esc closes the prompt before the viewer.
    @Test func textResponseIsSearchable() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        s.press(.ctrl("s"))
        let g = s.generation
        let csv = (1...60).map { $0 % 20 == 0 ? "row \($0),Needle" : "row \($0),hay" }.joined(separator: "\n")
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(PassthroughResponse(
            status: 200, contentType: "text/csv", body: .text(csv), bytes: Array(csv.utf8), duration: 0.01))))
        Fixtures.settle(&s)
        func body() -> TextBodyState? {
            guard case .passthrough(let p)? = s.topModal, case .text(let t)? = p.response else { return nil }
            return t
        }
        #expect(body() != nil, "the text answer is shown")
        s.press(.char("/"))
        #expect(body()?.isSearching == true)
        s.type("needle")
        s.press(.enter)
        #expect(body()?.query == "needle")
        #expect(body()?.matchingLines() == [19, 39, 59])
        let first = body()?.scroll ?? -1
        #expect(first > 0 && first <= 19)
        s.press(.char("n"))
        #expect((body()?.scroll ?? 0) > first)
        s.press(.char("N"))
        #expect(body()?.scroll == first)
        s.press(.char("/"), .esc)
        #expect(body()?.isSearching == false)
        #expect(s.topModal != nil)
    }
}

/// Issue 14 item 1: a palette command typed while the list it resolves names in is still
/// loading waits for the list (esc drops it), then runs — never a wrong "No connection".
@Suite struct PalettePendingTests {
    /// Both lists requested, neither arrived yet (as at start behind a 429's Retry-After).
    func startingState() -> AppState {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session, themeNames: ["default", "nord"])
        _ = ProgramStep.start(&s)
        return s
    }

    @Test func recordsWaitsForTheConnectionsThenLoads() {
        var s = startingState()
        s.press(.char(":"))
        s.type("records \(Fixtures.hubspotID) crm contact")
        let none = s.press(.enter)
        #expect(!none.contains { $0.id == .records })
        #expect(s.status.error == nil)
        #expect(s.loadingLabel == "waiting for connections")
        #expect(s.modals.isEmpty)
        let fx = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load), .success(Fixtures.connections)))
        #expect(fx.contains {
            guard case .request(let request) = $0, request.id == .records, let q = request.parameters as? RecordQuery else { return false }
            return q.connectionID == Fixtures.hubspotID && q.objectType == "contact"
        })
        #expect(s.records.connection?.id == Fixtures.hubspotID)
        #expect(s.status.error == nil)
        #expect(s.pendingCommand == nil)
    }

    @Test func escDropsTheWaitingCommand() {
        var s = startingState()
        s.press(.char(":"))
        s.type("records zendesk ticketing ticket")
        s.press(.enter)
        #expect(s.pendingCommand != nil)
        s.press(.esc)
        #expect(s.pendingCommand == nil)
        #expect(s.status.notice == "cancelled")
        let fx = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load), .success(Fixtures.connections)))
        #expect(fx.isEmpty)
        #expect(s.records.connection == nil)
    }

    @Test func recordsKeysSayTheListIsStillLoading() {
        var s = startingState()
        s.press(.char("3"), .char("t"))
        #expect(s.status.notice?.contains("still loading") == true)
        #expect(s.status.error == nil)
    }

    @Test func connectWaitsForTheIntegrations() {
        var s = startingState()
        s.press(.char(":"))
        s.type("connect hubspot")
        s.press(.enter)
        #expect(s.modals.isEmpty)
        #expect(s.loadingLabel == "waiting for integrations")
        _ = ProgramStep.run(&s, .integrationsLoaded(generation: Fixtures.generation(of: s.integrations.load), .success(Fixtures.integrations)))
        guard case .connect(let f)? = s.topModal else { Issue.record("no connect form"); return }
        #expect(f.integrationType.text == "hubspot")
        #expect(f.selectedCategories == [.crm, .marketing], "the known integration's categories, as when typed after loading")
    }

    @Test func aFailedListGivesItsOwnErrorNotNoConnection() {
        var s = startingState()
        s.press(.char(":"))
        s.type("records \(Fixtures.hubspotID) crm contact")
        s.press(.enter)
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load),
                                                    .failure(LizaError(kind: .network, message: "no complete answer from 127.0.0.1:9 within 30 s"))))
        #expect(s.status.error?.contains("did not load") == true)
        #expect(s.status.error?.contains("no complete answer from 127.0.0.1:9 within 30 s") == true)
        #expect(s.pendingCommand == nil)
    }
}
