import Testing
@testable import DugnadCore

@Suite struct GrantFilterTests {
    func parse(_ s: String) -> GrantFilter? { try? GrantFilterParser.parse(s).get() }
    func error(_ s: String) -> GrantFilterError? {
        if case .failure(let e) = GrantFilterParser.parse(s) { return e }
        return nil
    }

    @Test func theBriefsExampleParses() {
        let f = parse("status:received scheme:kultur assignee:me amount>50000 overdue !flagged from:2026-01-01 kommunedel:Fjell tag:x korps")
        #expect(f?.terms == [.status([.received]), .scheme("kultur"), .assignee(.me), .amount(.greater, Money(kroner: 50_000)),
                             .overdue, .not(.flagged), .from(CivilDate(year: 2026, month: 1, day: 1)!), .kommunedel("fjell"),
                             .tag("x"), .text("korps")])
        #expect(parse("status:mottatt,innstilt beløp<=1000 poeng>=3,5 fra:01.02.2026 år:2026 \"to ord\"")?.terms == [
            .status([.received, .recommended]), .amount(.lessOrEqual, Money(kroner: 1000)), .score(.greaterOrEqual, 3500),
            .from(CivilDate(year: 2026, month: 2, day: 1)!), .year(2026), .text("to ord")])
        #expect(parse("")?.isEmpty == true)
        #expect(parse("status:open")?.terms == [.status(Set(ApplicationStatus.allCases.filter(\.isUndecided)))])
        #expect(parse("assignee:none mine ref:2026-00")?.terms == [.assignee(.none), .assignee(.me), .reference("2026-00")])
    }

    @Test func badInputsSayWhereAndWhatWasExpected() {
        #expect(error("status:recieved") == GrantFilterError(position: 7, problem: .unknownStatus("recieved")))
        #expect(error("status:received,foo")?.position == 16)
        #expect(error("scheme:kultur stauts:x") == GrantFilterError(position: 14, problem: .unknownKey("stauts")))
        #expect(error("amount>fem") == GrantFilterError(position: 7, problem: .badAmount("fem")))
        #expect(error("amount:5") == GrantFilterError(position: 0, problem: .expectedComparison(key: "amount")))
        #expect(error("from:2026-13-01") == GrantFilterError(position: 5, problem: .badDate("2026-13-01")))
        #expect(error("year:26") == GrantFilterError(position: 5, problem: .badYear("26")))
        #expect(error("score>7") == GrantFilterError(position: 6, problem: .badScore("7")))
        #expect(error("tag:") == GrantFilterError(position: 4, problem: .missingValue(key: "tag")))
        #expect(error("ok ! status:x")?.problem == .danglingNot)
        #expect(error("\"åpen") == GrantFilterError(position: 0, problem: .unterminatedQuote))
        #expect(error("group:kultur")?.problem == .unknownGroup("kultur"))
        #expect(error("kind:lån")?.problem == .unknownKind("lån"))
        let m = error("status:recieved")!.message
        #expect(m.nb == "Posisjon 8: ukjent status «recieved»; forventet f.eks. mottatt, behandling, innstilt, innvilget.")
        #expect(m.en.hasPrefix("Position 8: unknown status “recieved”"))
    }

    static let today = CivilDate(year: 2026, month: 11, day: 26)!

    func subject(status: ApplicationStatus = .received, received: CivilDate = today, amount: Int64 = 60_000,
                 assignee: String? = "kari", flagged: Bool = false, due: CivilDate? = nil, score: Int? = nil,
                 tags: Set<String> = [], conflict: Bool = false) -> GrantFilterSubject {
        let a = GrantApplication(id: 1, reference: "2026-0042", schemeID: 1, organisationID: 3, applicantName: "Fjell Skolekorps",
                                 title: "Vårkonsert på Åssiden", amountRequested: Money(kroner: amount), status: status,
                                 receivedOn: received, decisionDue: due, assignee: assignee, flagged: flagged,
                                 kommunedelID: 6, scoreMilli: score)
        return GrantFilterSubject(application: a, schemeName: "Midler til økt kulturaktivitet", group: .projects, kind: .grant,
                                  kommunedelName: "Fjell/Danvik", tags: tags, hasConflict: conflict)
    }

    func matches(_ expr: String, _ s: GrantFilterSubject) -> Bool {
        GrantFilterEvaluator.matches(parse(expr)!, s, GrantFilterContext(today: Self.today, me: "kari"))
    }

    @Test func theEvaluatorMeansWhatTheWordsSay() {
        let s = subject()
        #expect(matches("status:received scheme:kultur assignee:me amount>50000 !flagged kommunedel:fjell", s))
        #expect(!matches("amount>60000", s) && matches("amount>=60000", s) && matches("amount=60000", s))
        #expect(matches("åssiden skolekorps 2026-0042", s) && matches("ÅSSIDEN", s) && !matches("korpsfest", s))
        #expect(matches("new", s) && !matches("new", subject(received: Self.today.adding(days: -8))))
        #expect(matches("overdue", subject(status: .inReview, due: Self.today.adding(days: -1))))
        #expect(!matches("overdue", subject(status: .granted, due: Self.today.adding(days: -1))))
        #expect(!matches("score>2", s) && matches("!score>2", s) && matches("score>2", subject(score: 2500)))
        #expect(matches("!assignee:me", subject(assignee: nil)) && matches("unassigned", subject(assignee: nil)))
        #expect(matches("tag:x tagged conflict", subject(tags: ["x"], conflict: true)) && !matches("tagged", s))
        #expect(matches("group:prosjekter kind:tilskudd year:2026 ref:2026-00 to:2026-11-26", s))
        #expect(!matches("group:idrett", s) && !matches("kommunedel:konnerud", s))
    }

    @Test func completionOffersKeysAndValues() {
        let v = GrantFilterVocabulary(schemes: ["Midler til økt kulturaktivitet", "Spillemidler"], assignees: ["kari"],
                                      kommunedeler: ["Fjell/Danvik"], tags: ["jubileum"])
        #expect(GrantFilterCompletion.candidates("stat", vocabulary: v).words == ["status:"])
        #expect(GrantFilterCompletion.candidates("amount>5 status:re", vocabulary: v) == (9, ["status:received", "status:recommended", "status:rejected", "status:report_due", "status:report_received"]))
        #expect(GrantFilterCompletion.candidates("scheme:spill", vocabulary: v).words == ["scheme:Spillemidler"])
        #expect(GrantFilterCompletion.candidates("scheme:kultur", vocabulary: v).words == ["scheme:\"Midler til økt kulturaktivitet\""])
        #expect(GrantFilterCompletion.candidates("!fl", vocabulary: v).words == ["!flagged"])
        #expect(GrantFilterCompletion.candidates("status:received,in", vocabulary: v).words == ["status:received,in_review", "status:received,info_requested"])
        #expect(GrantFilterCompletion.candidates("assignee:", vocabulary: v).words == ["assignee:me", "assignee:none", "assignee:kari"])
    }

    @Test func theLetterHasTheDecisionReasonsRuleAndAppealNotice() {
        let scheme = GrantScheme(id: 1, name: "Åpne kulturarrangement", group: .festivals, annualBudget: Money(kroner: 900_000),
                                 deadline: nil, reporting: "rapport og regnskap innen tre måneder",
                                 rule: "retningslinjer for kulturtilskudd i Drammen kommune")
        let facts = DecisionLetter.Facts(
            reference: "2026-0042", applicant: "Fjell Skolekorps", contact: "Kari Nordmann", title: "Vårkonsert", scheme: scheme,
            applied: Money(kroner: 60_000),
            decision: GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 40_000), reasons: "Begrenset budsjett."),
            decidedOn: CivilDate(year: 2026, month: 11, day: 26)!, receivedOn: CivilDate(year: 2026, month: 10, day: 1)!,
            officer: "Ola Hansen", reporting: scheme.reporting, budgetYear: 2027)
        let nb = DecisionLetter.text(facts)
        // Decided in 2026 on an application for 2027: the letter names the budget the money comes from.
        #expect(nb.contains("budsjettet for 2027."), "\(nb)")
        #expect(DecisionLetter.text(facts, english: true).contains("its budget for 2027."))
        for part in ["Drammen kommune", "Vår referanse: 2026-0042", "VEDTAK – ÅPNE KULTURARRANGEMENT",
                     "Søknaden er delvis innvilget. Dere får kr 40 000,00 av omsøkte kr 60 000,00.",
                     "Begrunnelse\nBegrenset budsjett.", "med hjemmel i retningslinjer for kulturtilskudd i Drammen kommune",
                     "forvaltningsloven §§ 24 og 25", "forvaltningsloven § 28", "tre uker", "(forvaltningsloven § 29)",
                     "siste frist 17.12.2026", "kommunens klagenemnd", "§§ 18 og 19", "Dere skal levere: rapport og regnskap",
                     "Med hilsen\nOla Hansen"] {
            #expect(nb.contains(part), "missing: \(part)")
        }
        let en = DecisionLetter.text(facts, english: true)
        #expect(en.contains("The application is partly granted: kr 40 000,00 of the kr 60 000,00 applied for."))
        #expect(en.contains("three weeks") && en.contains("17.12.2026") && en.contains("§ 28"))
        var rejected = facts
        rejected.decision = GrantDecision(outcome: .rejected, amount: nil, reasons: "Utenfor formålet.")
        let r = DecisionLetter.text(rejected)
        #expect(r.contains("Søknaden om kr 60 000,00 er avslått.") && !r.contains("Vilkår og rapportering"))
    }
}
