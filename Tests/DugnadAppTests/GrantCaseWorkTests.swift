import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The case view as a place of work, through the real update loop: each key
/// opens its form, Ctrl-S sends the store call, the store's answer (saved or
/// refused) is what the officer reads.
@Suite struct GrantCaseWorkTests {
    /// The fixture's case where the signed-in officer (kari) has no conflict.
    static var freeCase: GrantCase {
        var c = Fixtures.grantCase
        c.conflicts = []
        c.scores = c.scores.map { var s = $0; s.setAside = false; return s }
        return c
    }

    /// The fixture's case, decided: granted 12 500 kr on 20.11.2026.
    static var decidedCase: GrantCase {
        var c = freeCase
        c.application.status = .granted
        c.application.amountGranted = Money(kroner: 12_500)
        c.application.decidedOn = CivilDate(year: 2026, month: 11, day: 20)!
        c.application.decisionReason = "Konserten er åpen for alle og har bred oppslutning."
        return c
    }

    static var letterFacts: DecisionLetter.Facts {
        let c = decidedCase
        return DecisionLetter.Facts(reference: c.application.reference, applicant: c.application.applicantName,
                                    contact: c.contactName, title: c.application.title, scheme: c.scheme,
                                    applied: c.application.amountRequested,
                                    decision: GrantDecision(outcome: .granted, amount: c.application.amountGranted,
                                                            reasons: c.application.decisionReason),
                                    decidedOn: c.application.decidedOn!, receivedOn: c.application.receivedOn,
                                    officer: "Kari Nordmann", reporting: c.scheme.reporting,
                                    budgetYear: c.application.year)
    }

    static func opened(_ c: GrantCase = freeCase, size: Size = Size(width: 120, height: 40), language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .grants)
        Fixtures.press([.down, .enter], &m)
        _ = update(&m, .grants(.caseLoaded(2, .success(c))))
        return m
    }

    func work(_ commands: [Command]) -> [GrantCaseCommand] {
        commands.compactMap { if case .grants(.work(let w)) = $0 { w } else { nil } }
    }

    func screen(_ m: Model) -> String { view(m, theme: .builtinDefault).text }

    @Test func statusOffersOnlyTheLegalNextStepsAndARefusalIsShown() throws {
        var m = Self.opened()
        #expect(KeyMap.action(for: .char("s"), in: .grantsCase) == .caseStatus)
        Fixtures.press([.char("s")], &m)
        let form = try #require(m.form)
        guard case .choice(let choices) = form.field(CaseFormField.status)?.kind else { Issue.record("no chooser"); return }
        // In review: more information, waiting, recommended or withdrawn — never a decision or "paid".
        #expect(choices.map(\.value) == ["info_requested", "waiting", "recommended", "withdrawn"])
        Fixtures.press([.right], &m)   // waiting
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("Venter på regnskap", &m)
        let sent = work(Fixtures.press([.ctrl("s")], &m))
        #expect(sent == [.transition(2, to: .waiting, note: "Venter på regnskap", on: Fixtures.today)])
        // The store refuses (another terminal moved the case meanwhile): the form stays, the reason is read.
        let again = update(&m, .grants(.work(.saved(2, .failure(.grantRefused([.transitionNotAllowed(from: .closed, to: .waiting)]))))))
        #expect(again.contains(.grants(.loadCase(2))))
        #expect(m.form?.saving == false)
        #expect(screen(m).contains("En sak som er «avsluttet» kan ikke gå til «venter»."), "\(screen(m))")
        // Saved: the form closes, the message says so, the case is read again.
        _ = update(&m, .grants(.work(.saved(2, .success(.moved(.waiting))))))
        #expect(m.form == nil)
        #expect(screen(m).contains("Saken er nå «venter»."))
    }

    @Test func aClosedCaseOffersNoStatusAndSaysWhy() {
        var c = Self.freeCase
        c.application.status = .closed
        var m = Self.opened(c)
        Fixtures.press([.char("s")], &m)
        #expect(m.form == nil)
        #expect(screen(m).contains("Saken er avsluttet og kan ikke endres."), "\(screen(m))")
    }

    @Test func assignToMeAndToAnotherFromTheStaffPicker() throws {
        var m = Self.opened()
        #expect(work(Fixtures.press([.char("t")], &m)) == [.assign(2, to: "kari")])
        m.lookup.staffNames = ["kari": "Kari Nordmann"]
        _ = update(&m, .grants(.work(.saved(2, .success(.assigned("kari"))))))
        #expect(screen(m).contains("Saken er tildelt Kari Nordmann."), "\(screen(m))")   // the name, not the login
        #expect(work(Fixtures.press([.char("T")], &m)) == [.loadStaff(2)])
        let staff = [Fixtures.admin, Staff(id: 2, username: "per.olsen", displayName: "Per Olsen", role: .grants),
                     Staff(id: 3, username: "lise", displayName: "Lise Skranke", role: .frontdesk)]
        _ = update(&m, .grants(.work(.staffLoaded(2, .success(staff)))))
        guard case .picker(let options) = try #require(m.form).field(CaseFormField.staff)?.kind else { Issue.record("no picker"); return }
        // Front-desk staff do not handle grants and are not offered.
        #expect(options.map(\.value) == ["", "kari", "per.olsen"])
        _ = Fixtures.type("per", &m)
        Fixtures.press([.enter], &m)
        #expect(work(Fixtures.press([.ctrl("s")], &m)) == [.assign(2, to: "per.olsen")])
    }

    @Test func theScoreFormShowsTheWeightedTotalLiveAndSavesEveryCriterion() throws {
        var m = Self.opened()
        Fixtures.press([.char("p")], &m)
        let form = try #require(m.form)
        #expect(form.fields.count == 4)   // two criteria, a score and a note each
        // kari's earlier 2 on «Åpent for alle» is prefilled; the total follows what is typed.
        #expect(form.value(CriterionField(criterionID: 1, isNote: false)) == "2")
        _ = Fixtures.type("5", &m)             // replaces the selected 2
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("God plan for universell utforming", &m)
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("4", &m)
        // 5 × 60 % + 4 × 40 % = 4,6; with per.olsen's 3,6 the case's total is 4,1.
        #expect(screen(m).contains("Din vektede sum: 4,6 av 5 · saken samlet: 4,1"), "\(screen(m))")
        let sent = work(Fixtures.press([.ctrl("s")], &m))
        #expect(sent == [.score(2, [ScoreEntry(criterionID: 1, score: 5, note: "God plan for universell utforming"),
                                    ScoreEntry(criterionID: 2, score: 4)])])
        let after = update(&m, .grants(.work(.saved(2, .success(.scored(2))))))
        #expect(after == [.grants(.loadCase(2))] && m.form == nil)
        #expect(screen(m).contains("Poeng lagret på 2 kriterier."))
    }

    @Test func theConflictGateRefusesScoreRecommendAndDecideOnScreen() {
        // kari has declared a conflict on the fixture's case.
        var m = Self.opened(Fixtures.grantCase)
        #expect(screen(m).contains("Du er inhabil i saken: Styremedlem i korpset."), "\(screen(m))")
        #expect(screen(m).contains("kari 2 (satt til side)"))
        for key: Character in ["p", "r", "v", "t"] {
            m.message = nil
            let commands = Fixtures.press([.char(key)], &m)
            #expect(m.form == nil && work(commands).isEmpty, "\(key) opened something")
            #expect(screen(m).contains("Du har meldt deg inhabil i saken (forvaltningsloven § 6)"), "\(key):\n\(screen(m))")
        }
        // Declaring it on a free case: the reason is required, the store's answer is shown.
        var free = Self.opened()
        Fixtures.press([.char("i")], &free)
        #expect(free.form?.purpose == .grantsCase(.conflict(2)))
        _ = Fixtures.type("Styremedlem i korpset", &free)
        #expect(work(Fixtures.press([.ctrl("s")], &free)) == [.declareConflict(2, reason: "Styremedlem i korpset")])
        _ = update(&free, .grants(.work(.saved(2, .success(.conflictDeclared)))))
        #expect(screen(free).contains("Inhabilitet er meldt og logget."))
        // The database's own refusal (its trigger) reaches the screen too.
        _ = update(&m, .grants(.work(.saved(2, .failure(.grantRefused([.conflictOfInterest]))))))
        #expect(screen(m).contains("Du har meldt deg inhabil i saken"))
    }

    @Test func aDecisionIsParsedToTheOreAndTheBudgetRefusalNamesSchemeYearAndWhatIsLeft() throws {
        var m = Self.opened()
        Fixtures.press([.char("v")], &m)
        let form = try #require(m.form)
        #expect(form.value(CaseFormField.amount) == "12 500")
        #expect(screen(m).contains("Igjen av budsjettet for «Åpne kulturarrangement» 2026: kr 260 000,00"),
                "\(screen(m))")
        Fixtures.press([.right], &m)                       // partly granted
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("12 499,50", &m)
        Fixtures.press([.tab], &m)
        // Reasons are required: Ctrl-S without them is refused on the field.
        #expect(work(Fixtures.press([.ctrl("s")], &m)).isEmpty)
        _ = Fixtures.type("Tiltaket er åpent for alle; budsjettet er nøkternt.", &m)
        let sent = work(Fixtures.press([.ctrl("s")], &m))
        let decision = GrantDecision(outcome: .partlyGranted, amount: Money(ore: 1_249_950),
                                     reasons: "Tiltaket er åpent for alle; budsjettet er nøkternt.")
        #expect(sent == [.decide(2, decision, on: Fixtures.today)])
        // Another terminal decided meanwhile: the store (or the database's trigger) refuses the budget.
        _ = update(&m, .grants(.work(.saved(2, .failure(.grantRefused([.budgetExceeded(remaining: Money(kroner: 8_000))]))))))
        let text = "Budsjettet for «Åpne kulturarrangement» 2026 har bare kr 8 000,00 igjen. Vedtaket på kr 12 499,50 ville overskride det."
        #expect(m.form?.field(CaseFormField.amount)?.error == .grantsCase(.budgetRefused(
            scheme: "Åpne kulturarrangement", year: 2026, remaining: Money(kroner: 8_000), amount: Money(ore: 1_249_950))))
        #expect(m.message?.phrase.text(.nb) == text)
        // Not an amount: refused on the field (where the refusal put the cursor) before the store is asked.
        #expect(m.form?.fields[m.form!.focus].is(CaseFormField.amount) == true)
        _ = Fixtures.type("tolv tusen", &m)
        #expect(work(Fixtures.press([.ctrl("s")], &m)).isEmpty)
        #expect(m.form?.field(CaseFormField.amount)?.error == .grantsCase(.badAmount))
    }

    @Test func aForwardedSchemeRanksAndAServicePurchaseIsRefused() throws {
        var forwarded = Self.freeCase
        forwarded.scheme.kind = .forwarded
        var m = Self.opened(forwarded)
        Fixtures.press([.char("v")], &m)
        let form = try #require(m.form)
        #expect(form.field(CaseFormField.amount) == nil)
        guard case .choice(let choices) = form.field(CaseFormField.outcome)?.kind else { Issue.record("no outcome"); return }
        #expect(choices.map(\.label) == ["prioriteres og videresendes", "prioriteres ikke"])
        #expect(screen(m).contains("rangerer etter poeng (denne søknaden: 3,4)"), "\(screen(m))")
        var purchase = Self.freeCase
        purchase.scheme.kind = .servicePurchase
        var p = Self.opened(purchase)
        Fixtures.press([.char("v")], &p)
        #expect(p.form == nil)
        #expect(screen(p).contains("lov om offentlige anskaffelser"), "\(screen(p))")
    }

    @Test func appealIsRegisteredWithinThreeWeeksAndSettled() throws {
        var m = Self.opened(Self.decidedCase)
        Fixtures.press([.char("k")], &m)
        #expect(m.form?.purpose == .grantsCase(.appeal(2)))
        #expect(screen(m).contains("Klagefrist 11.12.2026"), "\(screen(m))")
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("Beløpet er for lavt", &m)
        #expect(work(Fixtures.press([.ctrl("s")], &m)) == [.registerAppeal(2, receivedOn: Fixtures.today, grounds: "Beløpet er for lavt")])
        _ = update(&m, .grants(.work(.saved(2, .failure(.grantRefused([.appealTooLate(deadline: CivilDate(year: 2026, month: 12, day: 11)!)]))))))
        #expect(m.form?.field(CaseFormField.receivedOn)?.error != nil)
        var appealed = Self.decidedCase
        appealed.application.status = .appealed
        var s = Self.opened(appealed)
        Fixtures.press([.char("k")], &s)
        #expect(s.form?.purpose == .grantsCase(.settle(2)))
        Fixtures.press([.right], &s)
        #expect(work(Fixtures.press([.ctrl("s")], &s)) == [.settleAppeal(2, .reversed, note: "", on: Fixtures.today)])
    }

    @Test func theLetterIsReadScrolledAndClosed() {
        var undecided = Self.opened()
        Fixtures.press([.char("L")], &undecided)
        #expect(screen(undecided).contains("Saken har ikke vedtak ennå"))
        var m = Self.opened(Self.decidedCase)
        #expect(work(Fixtures.press([.char("L")], &m)) == [.loadLetter(reference: "2026-0398")])
        _ = update(&m, .grants(.work(.letterLoaded("2026-0398", .success(Self.letterFacts)))))
        #expect(GrantsPane.keyContext(m.grants) == .grantsLetter)
        let first = screen(m)
        #expect(first.contains("Vedtaksbrev · 2026-0398 · bokmål") && first.contains("VEDTAK – ÅPNE KULTURARRANGEMENT"), "\(first)")
        Fixtures.press([.end], &m)
        #expect(screen(m).contains("Klagerett") || screen(m).contains("Med hilsen"), "\(screen(m))")
        Fixtures.press([.char("e")], &m)
        #expect(screen(m).contains("DECISION – ÅPNE KULTURARRANGEMENT"))
        Fixtures.press([.escape], &m)
        #expect(m.grants.work.letter == nil && m.grants.opened != nil)
    }

    @Test func theCaseScrollsToItsWholeTimelineNewestFirst() {
        var c = Self.freeCase
        for i in 0..<40 {
            c.events.append(GrantCase.Event(at: "2026-11-2\(i % 6)T1\(i % 10):00:00Z", staff: "per.olsen", from: .inReview,
                                            to: .inReview, kind: "score", note: "Merknad \(i)"))
        }
        var m = Self.opened(c, size: Size(width: 80, height: 24))
        #expect(screen(m).contains("Merknad 39"))
        #expect(!screen(m).contains("Søknad mottatt digitalt."))
        Fixtures.press([.end], &m)
        #expect(screen(m).contains("Søknad mottatt digitalt."), "\(screen(m))")
        // A status change reads as "from → to"; times are Oslo time.
        #expect(screen(m).contains("20.10.2026 12:00") && screen(m).contains("mottatt → under behandling"), "\(screen(m))")
    }

    @Test func keysAreListedAndTheInboxHintsFlag() {
        let hinted = KeyMap.reachable(in: .grantsInbox).filter(\.hinted).map(\.action)
        #expect(hinted.contains(.toggleFlag))
        let actions = KeyMap.reachable(in: .grantsCase).map(\.action)
        for a in [Action.caseStatus, .caseAssignMe, .caseAssignOther, .caseScore, .caseConflict, .caseRecommend,
                  .caseDecide, .caseAppeal, .caseLetter] {
            #expect(actions.contains(a), "\(a)")
        }
    }

    @Test func snapshotsOfTheCaseTheDecisionFormAndTheLetter() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                let tag = "\(size.width)x\(size.height)-\(language.rawValue)"
                var m = Self.opened(size: size, language: language)
                SnapshotTests.check("grants-case-work-\(tag)", m)
                Fixtures.press([.char("v")], &m)
                SnapshotTests.check("grants-decision-\(tag)", m)
                var l = Self.opened(Self.decidedCase, size: size, language: language)
                _ = update(&l, .keyPressed(.char("L")))
                _ = update(&l, .grants(.work(.letterLoaded("2026-0398", .success(Self.letterFacts)))))
                if language == .en { Fixtures.press([.char("e")], &l) }
                SnapshotTests.check("grants-letter-\(tag)", l)
            }
        }
    }
}
