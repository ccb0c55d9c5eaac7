import Testing
@testable import DugnadCore

@Suite struct GrantWorkflowTests {
    let day = CivilDate(year: 2026, month: 11, day: 26)!

    @Test func theWorkflowAllowsItsPathAndNamesEveryRefusal() {
        let path: [(ApplicationStatus, ApplicationStatus)] = [
            (.received, .inReview), (.inReview, .infoRequested), (.infoRequested, .waiting), (.waiting, .infoRequested),
            (.infoRequested, .inReview), (.inReview, .recommended), (.granted, .paid), (.paid, .reportDue),
            (.reportDue, .reportReceived), (.reportReceived, .closed), (.received, .withdrawn), (.waiting, .withdrawn)]
        for (from, to) in path { #expect(GrantWorkflow.refusal(from: from, to: to) == nil, "\(from) → \(to)") }
        #expect(GrantWorkflow.refusal(from: .received, to: .paid) == .transitionNotAllowed(from: .received, to: .paid))
        #expect(GrantWorkflow.refusal(from: .inReview, to: .granted) == .decisionNeedsForm)
        #expect(GrantWorkflow.refusal(from: .granted, to: .withdrawn) == .withdrawnAfterDecision)
        #expect(GrantWorkflow.refusal(from: .closed, to: .inReview) == .finished(.closed))
        #expect(GrantWorkflow.refusal(from: .withdrawn, to: .received) == .finished(.withdrawn))
        #expect(GrantWorkflow.refusal(from: .rejected, to: .appealed) == .appealOnlyAfterDecision)
        #expect(GrantWorkflow.refusal(from: .granted, to: .paid, context: .init(kind: .forwarded)) == .forwardedIsNotPaid)
        #expect(GrantWorkflow.refusal(from: .paid, to: .reportDue, context: .init(requiresReport: false)) == .reportNotRequired)
        #expect(GrantWorkflow.refusal(from: .received, to: .inReview, context: .init(kind: .servicePurchase)) == .servicePurchase)
        #expect(GrantWorkflow.noteRefusal(to: .infoRequested, note: "  ") == .noteRequired)
        // Every refusal has a text in both languages.
        let m = GrantRefusal.transitionNotAllowed(from: .received, to: .paid).message
        #expect(m.nb == "En sak som er «mottatt» kan ikke gå til «utbetalt». Sett saken under behandling først.")
        #expect(m.en.contains("received") && m.en.contains("paid"))
        #expect(GrantWorkflow.targets(from: .inReview) == [.infoRequested, .waiting, .recommended, .withdrawn])
    }

    @Test func appealsComeWithinThreeWeeksOfADecision() {
        let decided = CivilDate(year: 2026, month: 11, day: 2)!
        #expect(GrantWorkflow.appealDeadline(decidedOn: decided) == CivilDate(year: 2026, month: 11, day: 23)!)
        #expect(GrantWorkflow.appealRefusal(status: .rejected, decidedOn: decided, receivedOn: decided.adding(days: 21),
                                            grounds: "Feil budsjett") == nil)
        #expect(GrantWorkflow.appealRefusal(status: .rejected, decidedOn: decided, receivedOn: decided.adding(days: 22),
                                            grounds: "Feil") == .appealTooLate(deadline: decided.adding(days: 21)))
        #expect(GrantWorkflow.appealRefusal(status: .inReview, decidedOn: nil, receivedOn: day, grounds: "x") == .appealOnlyAfterDecision)
        #expect(GrantWorkflow.appealRefusal(status: .appealed, decidedOn: decided, receivedOn: day, grounds: "x") == .appealAlreadyPending)
        #expect(GrantWorkflow.appealRefusal(status: .partlyGranted, decidedOn: decided, receivedOn: decided, grounds: " ") == .appealGroundsRequired)
        #expect(AppealOutcome.upheld.status(appealedDecision: .rejected) == .rejected)
        #expect(AppealOutcome.reversed.status(appealedDecision: .rejected) == .inReview)
    }

    static let scheme = GrantScheme(id: 1, name: "Åpne kulturarrangement", group: .festivals,
                                    annualBudget: Money(kroner: 100_000), deadline: nil, maximumAmount: Money(kroner: 40_000))

    func facts(_ scheme: GrantScheme = scheme, status: ApplicationStatus = .recommended, applied: Int64 = 50_000,
               decided: Int64 = 0, recommendation: Bool = false, conflict: Bool = false) -> DecisionRules.Facts {
        DecisionRules.Facts(scheme: scheme, status: status, applied: Money(kroner: applied),
                            decidedInYear: Money(kroner: decided), hasRecommendation: recommendation,
                            deciderHasConflict: conflict)
    }

    @Test func decisionsStayWithinAppliedMaximumAndBudgetWithReasons() {
        let ok = GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 30_000), reasons: "Begrenset budsjett.")
        #expect(DecisionRules.problems(ok, facts()).isEmpty)
        #expect(DecisionRules.problems(GrantDecision(outcome: .granted, amount: Money(kroner: 40_000), reasons: "Maks."),
                                       facts()).isEmpty, "granted at the scheme's maximum")
        #expect(DecisionRules.problems(GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 45_000), reasons: "x"),
                                       facts()) == [.amountAboveMaximum(maximum: Money(kroner: 40_000))])
        #expect(DecisionRules.problems(GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 30_000), reasons: ""),
                                       facts()) == [.reasonRequired])
        #expect(DecisionRules.problems(GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 30_000), reasons: "x"),
                                       facts(applied: 20_000)).contains(.amountAboveApplied(applied: Money(kroner: 20_000))))
        #expect(DecisionRules.problems(ok, facts(decided: 80_000)) == [.budgetExceeded(remaining: Money(kroner: 20_000))])
        #expect(DecisionRules.problems(ok, facts(conflict: true)) == [.conflictOfInterest])
        #expect(DecisionRules.problems(ok, facts(status: .received)) == [.transitionNotAllowed(from: .received, to: .granted)])
        #expect(DecisionRules.problems(GrantDecision(outcome: .partlyGranted, amount: nil, reasons: "x"), facts()) == [.amountNotPositive])
        #expect(DecisionRules.problems(GrantDecision(outcome: .rejected, amount: nil, reasons: "Utenfor formålet."), facts()).isEmpty)
        // A recommending body must have spoken; a forwarded scheme decides no amount.
        var sport = Self.scheme
        sport.recommendingBodyID = 1
        #expect(DecisionRules.problems(ok, facts(sport)) == [.recommendationMissing])
        #expect(DecisionRules.problems(ok, facts(sport, recommendation: true)).isEmpty)
        var forwarded = Self.scheme
        forwarded.kind = .forwarded
        #expect(DecisionRules.problems(GrantDecision(outcome: .granted, amount: nil, reasons: "Prioritert som nr. 1."), facts(forwarded)).isEmpty)
        #expect(DecisionRules.problems(ok, facts(forwarded)).contains(.forwardedDecidesNoAmount))
    }

    @Test func scoresAreWeightedAndSetAsideOnConflict() {
        let criteria = [GrantCriterion(id: 1, schemeID: 1, position: 1, name: .init(nb: "A", en: "A"), weight: 60),
                        GrantCriterion(id: 2, schemeID: 1, position: 2, name: .init(nb: "B", en: "B"), weight: 40)]
        let scores = [GrantScore(criterionID: 1, staff: "kari", score: 5), GrantScore(criterionID: 2, staff: "kari", score: 0),
                      GrantScore(criterionID: 1, staff: "ola", score: 2), GrantScore(criterionID: 2, staff: "ola", score: 2)]
        // kari: 3.0, ola: 2.0 → 2.5
        #expect(GrantScoring.weightedTotalMilli(scores, criteria: criteria) == 2500)
        let conflicts = [ConflictDeclaration(staff: "ola", reason: "Styremedlem", declaredAt: "")]
        #expect(GrantScoring.weightedTotalMilli(ConflictRules.applying(conflicts, to: scores), criteria: criteria) == 3000)
        #expect(GrantScoring.text(milli: 2450) == "2,5")
        #expect(GrantScoring.refusal(score: 6, status: .inReview, criterion: 1, criteria: criteria, conflicted: false) == .scoreOutOfRange)
        #expect(GrantScoring.refusal(score: 3, status: .inReview, criterion: 1, criteria: criteria, conflicted: true) == .conflictOfInterest)
        #expect(GrantScoring.refusal(score: 3, status: .granted, criterion: 1, criteria: criteria, conflicted: false) == .scoringClosed(.granted))
        #expect(GrantScoring.refusal(score: 3, status: .inReview, criterion: 9, criteria: criteria, conflicted: false) == .unknownCriterion)
        #expect(ConflictRules.declarationRefusal(staff: "ola", reason: "x", existing: conflicts) == .conflictAlreadyDeclared)
        #expect(ConflictRules.declarationRefusal(staff: "kari", reason: "", existing: conflicts) == .conflictReasonRequired)
        let ranked = GrantScoring.ranking([("2026-0002", day, 3000), ("2026-0001", day, nil), ("2026-0003", day, 4200),
                                           ("2026-0004", day.adding(days: -1), 3000)])
        #expect(ranked == ["2026-0003", "2026-0004", "2026-0002", "2026-0001"])
    }

    @Test func roundsFollowTheDeadlines() {
        let rounds = SchemeRounds(stored: "09-15,03-01")!
        #expect(rounds.stored == "03-01,09-15")
        #expect(rounds.round(for: CivilDate(year: 2026, month: 2, day: 10)!) == GrantRound(year: 2026, deadline: CivilDate(year: 2026, month: 3, day: 1)!))
        #expect(rounds.round(for: CivilDate(year: 2026, month: 9, day: 15)!).deadline == CivilDate(year: 2026, month: 9, day: 15)!)
        #expect(rounds.round(for: CivilDate(year: 2026, month: 11, day: 26)!) == GrantRound(year: 2027, deadline: CivilDate(year: 2027, month: 3, day: 1)!))
        #expect(SchemeRounds.rolling.round(for: day) == GrantRound(year: 2026, deadline: nil))
        #expect(SchemeRounds(stored: "13-01") == nil && SchemeRounds(stored: "02-30") == nil)
        #expect(GrantRound(year: 2026, deadline: nil).decisionDue(received: day) == day.adding(days: 42))
    }

    @Test func theRadarFindsTheSamePurposeTwice() {
        let claims = [
            DoubleFundingRadar.Claim(reference: "2026-0001", organisationID: 7, year: 2026, schemeID: 1, text: "Besøksvenntjeneste for eldre"),
            DoubleFundingRadar.Claim(reference: "2026-0002", organisationID: 7, year: 2026, schemeID: 2, text: "Besøksvenner for eldre på sykehjem"),
            DoubleFundingRadar.Claim(reference: "2026-0003", organisationID: 7, year: 2026, schemeID: 2, text: "Ny lekeplass"),
            DoubleFundingRadar.Claim(reference: "2026-0004", organisationID: 8, year: 2026, schemeID: 3, text: "Besøksvenntjeneste for eldre"),
            DoubleFundingRadar.Claim(reference: "avtale 3", organisationID: 8, year: 2026, schemeID: nil, text: "Besøksvenner på sykehjem"),
        ]
        let hits = DoubleFundingRadar.hits(claims)
        #expect(hits.map { [$0.first, $0.second] } == [["2026-0001", "2026-0002"], ["2026-0004", "avtale 3"]])
    }

    /// The radar's words are what splitting the folded text into letters-and-digits words gives, whatever
    /// the script, accents (precomposed or combining) or punctuation.
    @Test func theRadarsWordsAreTheTextsWords() {
        func reference(_ text: String) -> Set<String> {
            let parts = GrantFilter.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            return Set(parts.filter { $0.count >= 3 && !DoubleFundingRadar.stopWords.contains($0) && Int($0) == nil }
                .map { String($0.prefix(6)) })
        }
        for text in ["Besøksvenntjeneste for eldre på sykehjem", "Ny lekeplass – 2026/27, fase 2", "Kulturkveld: ÆØÅ-festival!",
                     "Cafe\u{301} for ungdom i Åssiden", "Łukasz' sjakk 象棋 klubb", "", "og i på", "123 4567 x12 abc",
                     "Fotball\tcup\n(jenter 10–12 år)", "Språkkafé × 3"] {
            #expect(DoubleFundingRadar.words(text) == reference(text), "\(text)")
        }
    }
}
