@testable import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The inbox's tools through the real update loop: mutt's tags and `;`,
/// undo, saved views, Tab completion, intake from another tab, the overview.
@Suite struct GrantsInboxToolsTests {
    static let today = Fixtures.today

    /// Six applications: the fixture's two and four more cultural ones.
    static var lines: [GrantInboxLine] {
        var lines = Fixtures.inboxLines
        for i in 0..<4 {
            let a = GrantApplication(id: RowID(3 + i), reference: "2026-04\(20 + i)", schemeID: 11, organisationID: RowID(10 + i),
                                     applicantName: ["Drammen Jazzklubb", "Fjell Teaterlag", "Konnerud Kor", "Strømsø Vel"][i],
                                     title: "Konsertserie \(i + 1)", amountRequested: Money(kroner: Int64(55_000 + i * 5_000)),
                                     status: .received, receivedOn: today.adding(days: -i), decisionDue: today.adding(days: 30),
                                     assignee: nil)
            lines.append(GrantInboxLine(application: a, schemeName: "Åpne kulturarrangement", group: .festivals, kind: .grant,
                                        hasConflict: false, myConflict: false, tags: []))
        }
        return lines
    }

    static let vocabulary = GrantFilterVocabulary(schemes: ["Åpne kulturarrangement", "Støtte til nærmiljøtiltak"],
                                                  assignees: ["kari", "ola", "per.olsen"], kommunedeler: ["Fjell", "Konnerud"],
                                                  tags: ["jubileum"])

    static func model(_ size: Size = Size(width: 120, height: 40), _ language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .grants)
        m.grants.inbox = PagedList()
        m.grants.inbox.receive(total: lines.count, offset: 0, rows: lines, visible: m.paneLayout.visibleRows)
        _ = update(&m, .grants(.tools(.vocabularyLoaded(.success(vocabulary)))))
        _ = update(&m, .grants(.tools(.viewsLoaded(.success(SavedGrantFilter.defaults)))))
        return m
    }

    func tools(_ commands: [Command]) -> [GrantsToolsCommand] {
        commands.compactMap { if case .grants(.tools(let c)) = $0 { c } else { nil } }
    }

    func screen(_ m: Model) -> String { view(m, theme: .builtinDefault).text }

    @Test func tTagsTheLineMovesDownAndMarksIt() {
        var m = Self.model()
        Fixtures.press([.char("t"), .char("t"), .char("t")], &m)
        #expect(m.grants.tools.tagged == [1, 2, 3])
        #expect(m.grants.inbox.window.cursor.selected == 3)
        #expect(screen(m).contains("3 merket"))
        #expect(screen(m).contains("*N"), "\(screen(m))")
        // `t` on a tagged line takes the tag off.
        Fixtures.press([.up, .char("t")], &m)
        #expect(m.grants.tools.tagged == [1, 2])
    }

    @Test func semicolonAThenAssignsTheTaggedToMeAndUUndoes() {
        var m = Self.model()
        // `;` with nothing tagged says how to tag.
        Fixtures.press([.char(";")], &m)
        #expect(m.message?.isError == true && m.grants.tools.top == nil)
        Fixtures.press([.char("t"), .char("t"), .char(";")], &m)
        #expect(m.keyContext == .grantsBulk)
        #expect(screen(m).contains("hva skal gjøres med de 2 merkede"))
        let commands = Fixtures.press([.char("a")], &m)
        #expect(tools(commands) == [.bulk([1, 2], .assign("kari"), on: Self.today)])
        #expect(m.grants.tools.top == nil)
        m.lookup.staffNames = ["kari": "Kari Nordmann"]
        let after = update(&m, .grants(.tools(.bulkDone(.success(GrantBulkOutcome(action: .assign("kari"), applied: 2))))))
        #expect(m.text(m.message!.phrase) == "2 søknader tildelt Kari Nordmann.")   // the name, not the login
        #expect(after.contains { if case .loadPage = $0 { true } else { false } })
        // u undoes, and says what.
        #expect(tools(Fixtures.press([.char("u")], &m)) == [.undoBulk])
        _ = update(&m, .grants(.tools(.undone(.success(GrantBulkOutcome(action: .assign("kari"), applied: 2))))))
        #expect(m.text(m.message!.phrase) == "Angret: tildeling til Kari Nordmann på 2 søknader.")
        _ = update(&m, .grants(.tools(.undone(.success(nil)))))
        #expect(m.text(m.message!.phrase) == "Ingen samlet handling å angre.")
    }

    @Test func theBulkActionsWorkFromThePaletteToo() {
        var m = Self.model()
        Fixtures.press([.char("t")], &m)
        #expect(tools(perform(.bulkFlag, &m)) == [.bulk([1], .flag(true), on: Self.today)])
        #expect(m.grants.tools.top == nil)
    }

    @Test func aBulkStatusChangeNamesTheRefused() {
        var m = Self.model(Size(width: 120, height: 40), .en)
        Fixtures.press([.char("t"), .char("t"), .char(";"), .char("s")], &m)
        #expect(m.form?.purpose == .grantsInbox(.statusTagged))
        let commands = Fixtures.press([.ctrl("s")], &m)
        #expect(tools(commands) == [.bulk([1, 2], .setStatus(.inReview), on: Self.today)])
        _ = update(&m, .grants(.tools(.bulkDone(.success(GrantBulkOutcome(action: .setStatus(.inReview), applied: 1,
                                                                            refused: ["2026-0398"]))))))
        #expect(m.form == nil)
        let text = m.text(m.message!.phrase)
        #expect(text.contains("1 application set to") && text.contains("1 refused") && text.contains("2026-0398"), "\(text)")
    }

    @Test func capitalTTagsEverythingTheFilterShowsAndAgainClears() {
        var m = Self.model()
        #expect(tools(Fixtures.press([.char("T")], &m)) == [.loadMatchingIDs(filter: "", today: Self.today)])
        _ = update(&m, .grants(.tools(.matchingIDs(.success([1, 2, 3, 4, 5, 6])))))
        #expect(m.grants.tools.tagged.count == 6 && m.text(m.message!.phrase) == "Merket alle 6 som filteret viser.")
        _ = update(&m, .grants(.tools(.matchingIDs(.success([1, 2, 3, 4, 5, 6])))))
        #expect(m.grants.tools.tagged.isEmpty)
    }

    @Test func aSavedViewIsPickedFromTheSidebarAndTheFilterSavedUnderAName() {
        var m = Self.model(Size(width: 80, height: 24))
        #expect(!screen(m).contains("Visninger"))
        Fixtures.press([.char("v")], &m)
        #expect(screen(m).contains("Visninger") && screen(m).contains("til vedtak"))
        let commands = Fixtures.press([.down, .enter], &m)
        #expect(m.grants.applied == "status:received" && m.grants.tools.top == nil)
        #expect(commands.contains { if case .loadPage = $0 { true } else { false } })
        // S saves the current filter under a name.
        Fixtures.press([.char("S")], &m)
        #expect(m.form?.purpose == .grantsInbox(.saveView))
        Fixtures.type("nye kultur", &m)
        let save = Fixtures.press([.ctrl("s")], &m)
        #expect(tools(save) == [.saveView(name: "nye kultur", expression: "status:received")])
        let saved = SavedGrantFilter.defaults + [SavedGrantFilter(name: "nye kultur", expression: "status:received")]
        _ = update(&m, .grants(.tools(.viewSaved(name: "nye kultur", .success(saved)))))
        #expect(m.form == nil && m.grants.tools.views?.count == 4)
        // d deletes the selected view.
        Fixtures.press([.char("v"), .char("G")], &m)
        #expect(tools(Fixtures.press([.char("x")], &m)) == [.deleteView("nye kultur")])
    }

    @Test func tabCompletesKeysAndValuesOnTheFilterLine() {
        var m = Self.model()
        Fixtures.press([.char("/")], &m)
        Fixtures.type("sta", &m)
        Fixtures.press([.tab], &m)
        #expect(m.listSearch?.input.text == "status:")
        Fixtures.type("recei", &m)
        Fixtures.press([.tab], &m)
        #expect(m.listSearch?.input.text == "status:received ")
        Fixtures.type("scheme:", &m)
        Fixtures.press([.tab], &m)
        #expect(m.grants.tools.completions.count == 2)
        #expect(screen(m).contains("Tab: scheme:\"Åpne kulturarrangement\""), "\(screen(m))")
        Fixtures.type("\"Å", &m)
        Fixtures.press([.tab], &m)
        #expect(m.listSearch?.input.text == "status:received scheme:\"Åpne kulturarrangement\" ")
        #expect(m.grants.applied == "status:received scheme:\"Åpne kulturarrangement\" ")
        Fixtures.type("assignee:o", &m)
        Fixtures.press([.tab], &m)
        #expect(m.listSearch?.input.text.hasSuffix("assignee:ola ") == true)
    }

    @Test func aBadWordIsPointedAt() {
        var m = Self.model(Size(width: 80, height: 24))
        Fixtures.press([.char("/")], &m)
        Fixtures.type("amount>50000 status:nope", &m)
        let text = screen(m)
        #expect(text.contains("/amount>50000 status:nope"), "\(text)")
        #expect(text.contains("                      ^^^^ Posisjon 21"), "\(text)")
    }

    @Test func thePaletteShowsTheFilterLanguage() {
        var m = Self.model()
        Fixtures.press([.char(":")], &m)
        _ = Fixtures.type("filterspråk", &m)
        Fixtures.press([.enter], &m)
        #expect(m.keyContext == .grantsDetail)
        #expect(screen(m).contains("Filterspråket") && screen(m).contains("amount>50000"))
        Fixtures.press([.escape], &m)
        #expect(m.grants.tools.top == nil)
    }

    @Test func f3OpensTheIntakeFromAnotherTabAndNamesTheNewReference() {
        var m = Self.model()
        m.tab = .calendar
        let first = Fixtures.press([.function(3)], &m)
        #expect(tools(first) == [.loadIntakeOrganisations])
        let orgs = [IntakeOrganisation(id: 4, name: "Konnerud IL", organisationNumber: "974760673")]
        _ = update(&m, .grants(.tools(.intakeOrganisations(.success(orgs)))))
        #expect(m.form?.purpose == .grantsInbox(.intake) && m.tab == .calendar)
        // Organisation by typing, then scheme, title, amount; the date is today.
        Fixtures.type("konn", &m)
        Fixtures.press([.enter, .tab, .tab, .tab], &m)
        Fixtures.type("åpne kultur", &m)
        Fixtures.press([.enter, .tab], &m)
        Fixtures.type("Vårkonsert", &m)
        Fixtures.press([.tab], &m)
        Fixtures.type("60000", &m)
        let save = Fixtures.press([.ctrl("s")], &m)
        #expect(tools(save) == [.intake(GrantIntake(schemeID: 11, organisationID: 4, title: "Vårkonsert",
                                                    amountRequested: Money(kroner: 60_000), receivedOn: Self.today))], "\(save) \(String(describing: m.form))")
        var saved = Fixtures.applications[0]
        saved.reference = "2026-0042"
        saved.applicantName = "Konnerud IL"
        _ = update(&m, .grants(.tools(.intaken(.success(saved)))))
        #expect(m.form == nil && m.tab == .calendar)
        #expect(m.text(m.message!.phrase) == "Søknad 2026-0042 fra Konnerud IL er registrert.")
    }

    @Test func aWrongOrganisationNumberIsRefusedInTheForm() {
        var m = Self.model()
        _ = update(&m, .grants(.tools(.intakeOrganisations(.success([])))))
        Fixtures.press([.tab], &m)
        Fixtures.type("Privat kor", &m)
        Fixtures.press([.tab], &m)
        Fixtures.type("974760674", &m)
        Fixtures.press([.tab], &m)
        Fixtures.type("kultur", &m)
        Fixtures.press([.enter, .tab], &m)
        Fixtures.type("Konsert", &m)
        Fixtures.press([.tab], &m)
        Fixtures.type("1000", &m)
        let save = Fixtures.press([.ctrl("s")], &m)
        #expect(tools(save).isEmpty)
        #expect(m.form?.field(IntakeField.organisationNumber)?.error != nil)
    }

    static var overview: GrantOverview {
        let schemes = [
            GrantSchemeYear(schemeID: 11, name: "Åpne kulturarrangement", group: .festivals, kind: .grant,
                            budget: Money(kroner: 400_000), decided: Money(kroner: 380_000), paid: Money(kroner: 200_000),
                            perStatus: [.received: 4, .inReview: 1, .granted: 6]),
            GrantSchemeYear(schemeID: 5, name: "Støtte til nærmiljøtiltak", group: .projects, kind: .grant,
                            budget: Money(kroner: 250_000), decided: Money(kroner: 45_000), paid: .zero,
                            perStatus: [.received: 1, .granted: 1]),
        ]
        return GrantOverview(year: 2026, schemes: schemes,
                             groups: SchemeGroup.allCases.map { GrantTotal(name: $0.rawValue, applications: $0 == .festivals ? 11 : 0,
                                                                           decided: .zero, paid: .zero) },
                             kommunedeler: [GrantTotal(name: "Fjell", applications: 7, decided: Money(kroner: 300_000), paid: .zero),
                                            GrantTotal(name: "Konnerud", applications: 6, decided: Money(kroner: 125_000), paid: .zero)],
                             radar: [DoubleFundingRadar.Hit(first: "2026-0398", second: "avtale 3", organisationID: 5,
                                                            similarity: 0.6, sharedWords: ["vårkonsert", "korps"])])
    }

    @Test func oShowsTheOverviewAndEnterFiltersToAScheme() {
        var m = Self.model()
        #expect(tools(Fixtures.press([.char("o")], &m)) == [.loadOverview(year: 2026)])
        _ = update(&m, .grants(.tools(.overviewLoaded(.success(Self.overview)))))
        let text = screen(m)
        for part in ["Oversikt over tilskudd 2026", "Åpne kulturarrangement", "Kommunedeler", "Mulig dobbeltfinansiering",
                     "2026-0398 ↔ avtale 3"] {
            #expect(text.contains(part), "missing \(part):\n\(text)")
        }
        #expect(m.grants.tools.overviewSelected == 1)
        _ = Fixtures.press([.enter], &m)
        #expect(m.grants.applied == "scheme:\"Åpne kulturarrangement\" year:2026" && m.grants.tools.top == nil)
        // ] reads the next year; the radar line opens the applicant's history.
        Fixtures.press([.char("o")], &m)
        _ = update(&m, .grants(.tools(.overviewLoaded(.success(Self.overview)))))
        #expect(tools(Fixtures.press([.char("]")], &m)) == [.loadOverview(year: 2027)])
        Fixtures.press([.char("[")], &m)
        _ = update(&m, .grants(.tools(.overviewLoaded(.success(Self.overview)))))
        let history = Fixtures.press([.char("G"), .enter], &m)
        #expect(tools(history) == [.loadHistory(organisationID: 5, applicant: "2026-0398 · avtale 3", today: Self.today)])
    }

    @Test func theRadarIsReadOnDemand() {
        var m = Self.model()
        Fixtures.press([.char("o")], &m)
        var o = Self.overview
        o.radar = nil
        _ = update(&m, .grants(.tools(.overviewLoaded(.success(o)))))
        #expect(screen(m).contains("Enter: kjør radaren"))
        #expect(tools(Fixtures.press([.char("G"), .enter], &m)) == [.loadRadar(year: 2026)])
        _ = update(&m, .grants(.tools(.radarLoaded(year: 2026, .success(Self.overview.radar!)))))
        #expect(screen(m).contains("2026-0398 ↔ avtale 3: vårkonsert, korps"))
    }

    @Test func cComparesTheLineAndTheNext() {
        var m = Self.model()
        #expect(tools(Fixtures.press([.char("c")], &m)) == [.loadCompare(1, 2)])
        _ = update(&m, .grants(.tools(.compareLoaded(.success(GrantComparison(left: Fixtures.grantCase, right: Fixtures.grantCase))))))
        #expect(screen(m).contains("Sammenligning") && screen(m).contains("Vektet sum"))
    }

    @Test func snapshotsOfTheInboxWithTagsAndViewsAndOfTheOverview() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = Self.model(size, language)
                Fixtures.press([.char("t"), .down, .char("t"), .char("t")], &m)
                if size.width < 120 { Fixtures.press([.char("v")], &m) }
                SnapshotTests.check("grants-inbox-tags-\(size.width)x\(size.height)-\(language.rawValue)", m)
                m.grants.tools.screens = []
                Fixtures.press([.char("o")], &m)
                _ = update(&m, .grants(.tools(.overviewLoaded(.success(Self.overview)))))
                SnapshotTests.check("grants-overview-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }
}
