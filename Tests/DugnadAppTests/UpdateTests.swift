import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct UpdateTests {
    @Test func startupReadsLookupStaffAndTheFirstWindowOnly() {
        let m = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 120, height: 40))
        #expect(initialCommands(m) == [
            .loadLookup, .reloadStaff,
            // The Calendar pane reads its visible week (Mon 23.11–Sun 29.11), not a page.
            .calendar(.load(CalendarQuery(from: Fixtures.today.startOfWeek, through: Fixtures.today.startOfWeek.adding(days: 6),
                                          filter: CalendarFilter(), slots: WeekSlots(height: m.paneLayout.table.height)))),
        ])
    }

    @Test func numberKeysSwitchTabsAndReadTheirList() {
        var m = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 80, height: 24))
        let commands = update(&m, .keyPressed(.char("5")))
        #expect(m.tab == .directory)
        #expect(commands == [.loadPage(ListRequest(source: .organisations(query: "", sort: .name), offset: 0,
                                                   limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow))])
    }

    @Test func movingInsideTheLoadedWindowReadsNothingButTheDetail() {
        var m = Fixtures.model()
        let commands = update(&m, .keyPressed(.down))
        #expect(m.directory.organisations.window.cursor.selected == 1)
        #expect(commands == [.directory(.loadOrganisationDetail(5))])
        // j is the vi alternative
        _ = update(&m, .keyPressed(.char("j")))
        #expect(m.directory.organisations.window.cursor.selected == 2)
    }

    @Test func pagingReadsOnlyWhatIsMissingAndKeepsAFewPages() {
        var m = Fixtures.model(size: Size(width: 80, height: 24))
        let visible = m.paneLayout.visibleRows
        let all = (0..<5000).map { Organisation(id: RowID($0 + 1), name: "Lag \($0)") }
        m.directory.organisations.receive(total: all.count, offset: 0, rows: Array(all[0..<(visible * 3)]), visible: visible)
        var loads: [ListRequest] = []
        func answer(_ commands: [Command]) {
            // Answer every read as the CommandRunner would.
            var pending = commands
            while let command = pending.first {
                pending.removeFirst()
                guard case .loadPage(let request) = command else { continue }
                loads.append(request)
                let rows = Array(all[request.offset..<min(all.count, request.offset + request.limit)])
                pending += update(&m, .pageLoaded(request, total: all.count, rows: .organisations(rows)))
            }
        }
        for _ in 0..<30 {
            answer(update(&m, .keyPressed(.pageDown)))
            let list = m.directory.organisations
            let top = list.window.cursor.offset
            #expect(list.row(at: top) == all[top] && list.row(at: top + visible - 1) == all[top + visible - 1],
                    "the visible rows are loaded")
            #expect(list.rows.count <= visible * ListWindow.pagesKept, "only a few pages are kept")
            #expect(list.rows == Array(all[list.window.windowStart..<(list.window.windowStart + list.rows.count)]))
        }
        #expect(m.directory.organisations.window.cursor.selected == 30 * (visible - 1))   // a page keeps one row of context
        #expect(loads.allSatisfy { $0.limit <= 2 * visible }, "a key reads at most two pages: \(loads.map(\.limit))")
        #expect(loads.reduce(0) { $0 + $1.limit } <= 32 * visible, "nothing is read twice")
        // Back up again: the rows above are read next to the loaded ones.
        loads = []
        for _ in 0..<10 { answer(update(&m, .keyPressed(.pageUp))) }
        let list = m.directory.organisations
        #expect(list.row(at: list.window.cursor.offset) == all[list.window.cursor.offset])
        #expect(loads.allSatisfy { $0.limit <= 2 * visible })
        // A jump to the end reads the page around it afresh.
        answer(update(&m, .keyPressed(.end)))
        #expect(m.directory.organisations.selectedRow == all.last)
    }

    @Test func aUserWhoIsNotStaffMayLookButNotChange() {
        var m = Fixtures.model(staff: nil)
        let commands = update(&m, .keyPressed(.char("n")))
        #expect(commands.isEmpty)
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.notStaff(user: "kari"), isError: true))
    }

    @Test func creatingAnOrganisationSendsExactlyOneSave() {
        var m = Fixtures.model()
        Fixtures.press([.char("n")], &m)
        #expect(m.form != nil)
        _ = Fixtures.type("Gulskogen Vel", &m)
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("974760673", &m)
        Fixtures.press([.tab, .char(" ")], &m)   // Frivillighetsregisteret: yes
        let commands = Fixtures.press([.ctrl("s")], &m)
        #expect(commands == [.directory(.saveOrganisation(Organisation(name: "Gulskogen Vel", orgNumber: "974760673",
                                                            inFrivillighetsregisteret: true, category: .annet)))])
        #expect(m.form?.saving == true)
        let reload = update(&m, .organisationSaved(.success(Organisation(id: 99, name: "Gulskogen Vel"))))
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.organisationCreated("Gulskogen Vel")))
        #expect(reload.count == 1)
    }

    @Test func aWrongCheckDigitStaysInTheFormWithAMessage() {
        var m = Fixtures.model()
        Fixtures.press([.char("n")], &m)
        _ = Fixtures.type("Gulskogen Vel", &m)
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("974760674", &m)
        let commands = Fixtures.press([.ctrl("s")], &m)
        #expect(commands.isEmpty)
        #expect(m.form?.field(OrganisationFormField.orgNumber)?.error == .organisationProblem(.orgNumber(.badCheckDigit)))
        #expect(m.form?.focus == 1)
    }

    @Test func theStoreRefusingADuplicateMarksTheField() {
        var m = Fixtures.model()
        Fixtures.press([.char("n")], &m)
        _ = Fixtures.type("Ny klubb", &m)
        Fixtures.press([.ctrl("s")], &m)
        _ = update(&m, .organisationSaved(.failure(.duplicateOrgNumber("974760673"))))
        #expect(m.form?.saving == false)
        #expect(m.form?.field(OrganisationFormField.orgNumber)?.error == .organisationProblem(.duplicateOrgNumber))
    }

    @Test func escapeOnADirtyFormAsksFirst() {
        var m = Fixtures.model()
        Fixtures.press([.char("e")], &m)
        #expect(m.form?.title == .editOrganisation("Konnerud IL"))
        Fixtures.press([.escape], &m)
        #expect(m.form == nil)   // not dirty: closes at once
        Fixtures.press([.char("e")], &m)
        _ = Fixtures.type("x", &m)
        Fixtures.press([.escape], &m)
        #expect(m.overlay == .confirm(.discardForm))
        Fixtures.press([.char("n")], &m)
        #expect(m.form != nil)
        // A typed word changes nothing: no letter says yes, and the form stays.
        _ = Fixtures.press([.escape], &m)
        _ = Fixtures.type("Fjell", &m)
        #expect(m.form != nil && m.overlay == .confirm(.discardForm))
        #expect(m.form?.isDirty == true)
        // Enter answers the highlighted choice, which starts on "no".
        Fixtures.press([.enter], &m)
        #expect(m.form != nil && m.overlay == nil)
        Fixtures.press([.escape, .right, .enter], &m)
        #expect(m.form == nil)
    }

    @Test func quitWithUnsavedEditsAsks() {
        var m = Fixtures.model()
        Fixtures.press([.char("n")], &m)
        _ = Fixtures.type("Ny", &m)
        Fixtures.press([.tab, .tab], &m)     // onto the toggle, where q is not text
        Fixtures.press([.char("q")], &m)
        #expect(m.overlay == .confirm(.quitDiscardingForm))
        #expect(!m.quitting)
        Fixtures.press([.char("y"), .char("j")], &m)
        #expect(!m.quitting)
        Fixtures.press([.tab, .enter], &m)
        #expect(m.quitting)
    }

    @Test func quitWithoutAFormQuitsAtOnce() {
        var m = Fixtures.model()
        Fixtures.press([.char("q")], &m)
        #expect(m.quitting)
    }

    @Test func slashFiltersTheListLive() {
        var m = Fixtures.model()
        Fixtures.press([.char("/")], &m)
        let commands = Fixtures.type("kon", &m)
        #expect(m.directory.query(.organisations) == "kon")
        #expect(commands.last == .loadPage(ListRequest(source: .organisations(query: "kon", sort: .name), offset: 0,
                                                       limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow)))
        Fixtures.press([.escape], &m)
        #expect(m.directory.query(.organisations) == "")
        #expect(m.listSearch == nil)
    }

    @Test func keysTypedBeforeTheReferenceDataWaitForItAndRunInOrder() {
        var m = Fixtures.model(tab: .calendar)
        m.lookup = Lookup()
        m.keysBeforeLookup = []
        #expect(Fixtures.press([.char("f")], &m).isEmpty)
        for c in "Fjell" { _ = update(&m, .keyPressed(.char(c))) }
        _ = update(&m, .keyPressed(.enter))
        #expect(m.form == nil)   // nothing yet: the pickers would be empty
        _ = update(&m, .lookupLoaded(.success(Fixtures.lookup)))
        #expect(m.keysBeforeLookup == nil)
        #expect(m.form?.purpose == .calendar(.filter))
        let picked = m.form?.value(ActivityFormField.kommunedel) ?? ""
        #expect(Fixtures.lookup.kommunedeler.first { String($0.id) == picked }?.name.hasPrefix("Fjell") == true, "\(picked)")
        // After that, keys act at once (Esc on the changed form asks first).
        _ = update(&m, .keyPressed(.escape))
        #expect(m.overlay == .confirm(.discardForm))
    }

    @Test func paletteFiltersActionsAndRunsTheChosenOne() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char(":")], &m)
        _ = Fixtures.type("ny org", &m)
        if case .palette(let state) = m.overlay {
            #expect(paletteEntries(state, language: .nb, context: .calendar).first?.action == .newOrganisation)
        } else {
            Issue.record("palette not open")
        }
        Fixtures.press([.enter], &m)
        #expect(m.overlay == nil)
        #expect(m.tab == .directory)
        #expect(m.form?.title == .newOrganisation)
    }

    @Test func globalSearchAsksTheStoreAndJumpsToTheHit() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.ctrl("f")], &m)
        #expect(Fixtures.type("k", &m).isEmpty)           // one letter: too short to search
        #expect(Fixtures.type("o", &m) == [.search("ko")])
        _ = update(&m, .searchCompleted(query: "ko", results: .success([
            SearchResult(kind: .organisation, id: 4, title: "Konnerud IL", subtitle: "Konnerud"),
        ])))
        let commands = Fixtures.press([.enter], &m)
        #expect(m.tab == .directory)
        #expect(m.directory.query(.organisations) == "Konnerud IL")
        #expect(commands == [.loadPage(ListRequest(source: .organisations(query: "Konnerud IL", sort: .name), offset: 0,
                                                   limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow))])
    }

    @Test func anotherTerminalsChangeReloadsWhatIsVisibleKeepingTheCursor() {
        var m = Fixtures.model()
        Fixtures.press([.down], &m)
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains(.loadPage(ListRequest(source: .organisations(query: "", sort: .name), offset: 0,
                                                        limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow))))
        #expect(m.directory.organisations.window.cursor.selected == 1)
        // The other tabs are not read now, but the next time they are shown.
        #expect(!commands.contains { if case .loadPage(let r) = $0 { r.source.countKey != ListSource.organisations(query: "", sort: .name).countKey } else { false } })
        let grants = update(&m, .keyPressed(.char("3")))
        #expect(grants.contains { if case .loadPage(let r) = $0, case .grantInbox = r.source { true } else { false } },
                "grants read again after the outside change")
        let calendar = update(&m, .keyPressed(.char("1")))
        #expect(calendar.contains { if case .calendar(.load) = $0 { true } else { false } }, "the calendar too")
    }

    @Test func dayKeysMoveTheVenuesDay() {
        var m = Fixtures.model(tab: .venues)
        let commands = Fixtures.press([.char("]")], &m)
        #expect(m.venues.day == Fixtures.today.adding(days: 1))
        #expect(commands.count == 1)
        Fixtures.press([.char("t")], &m)
        #expect(m.venues.day == Fixtures.today)
    }

    @Test func deactivatingAsksThenSendsTheChange() {
        var m = Fixtures.model()
        Fixtures.press([.char("D")], &m)
        #expect(m.overlay == .confirm(.directory(.setOrganisationActive(id: 4, name: "Konnerud IL", active: false))))
        #expect(Fixtures.press([.right, .enter], &m) == [.directory(.setOrganisationActive(id: 4, active: false))])
    }

    @Test func pickerFiltersAsYouType() {
        var m = Fixtures.model()
        Fixtures.press([.char("n")], &m)
        Fixtures.press([.tab, .tab, .tab, .tab, .tab], &m)    // kommunedel picker
        #expect(m.form?.fields[m.form!.focus].key == OrganisationFormField.kommunedel.name)
        _ = Fixtures.type("fjell", &m)
        #expect(m.form?.fields[m.form!.focus].pickerMatches.map(\.label) == ["Fjell/Danvik"])
        Fixtures.press([.enter], &m)
        #expect(m.form?.value(OrganisationFormField.kommunedel) == "6")
    }

    @Test func languageDetection() {
        #expect(Language.detect(environment: ["LANG": "nb_NO.UTF-8"]) == .nb)
        #expect(Language.detect(environment: ["LANG": "nn_NO.UTF-8"]) == .nb)
        #expect(Language.detect(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"]) == .en)
        #expect(Language.detect(environment: ["LC_MESSAGES": "no_NO.UTF-8", "LANG": "C"]) == .nb)
        #expect(Language.detect(environment: [:]) == .en)
    }
}
