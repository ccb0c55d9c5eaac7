import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The Volunteers pane through the real update loop: triage queue, a request's ranked candidates, propose /
/// confirm / decline, "match all" for review, registration — and its screens at both sizes in both languages.
@Suite struct VolunteersPaneTests {
    static func detail() -> RequestDetail {
        let r = Fixtures.requests[0]
        func score(_ skills: Int, _ time: Int, _ dist: Int) -> MatchScore {
            MatchScore(skills: skills, availability: time, distance: dist, language: 0, load: 4, history: 5, priority: 10)
        }
        return RequestDetail(request: r, candidates: [
            MatchCandidate(volunteer: Fixtures.volunteers[0], score: score(40, 25, 15)),
            MatchCandidate(volunteer: Fixtures.volunteers[1], score: score(40, 12, 10)),
        ], assignments: [AssignmentRow(id: 9, volunteerID: 3, name: "Sofie Berg", status: .proposed, reason: "")])
    }

    static func review() -> ProposalReview {
        ProposalReview(rows: [
            ProposalRow(request: 1, requestTitle: "Besøksvenn tirsdager", volunteer: 1, volunteerName: "Ingrid Solberg", score: 99),
            ProposalRow(request: 2, requestTitle: "Leksehjelp for 5.–7. trinn", volunteer: 2, volunteerName: "Ahmed Ali", score: 87),
            ProposalRow(request: 3, requestTitle: "Sjåfør til Juledugnaden", volunteer: 4, volunteerName: "Per Hansen", score: 70),
        ], total: 256, openRequests: 3)
    }

    func volunteersModel(_ size: Size = Size(width: 120, height: 40), _ language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .volunteers)
        m.volunteers.section = .triage
        return m
    }

    @Test func triageQueueOpensARequestAndProposesTheSelectedCandidate() {
        var m = volunteersModel()
        #expect(m.keyContext == .volunteerTriage)
        // The selection starts on the most urgent request; Enter reads its candidates.
        let open = Fixtures.press([.enter], &m)
        #expect(open == [.volunteers(.loadRequest(3))])
        _ = update(&m, .volunteers(.requestLoaded(.success(RequestDetail(request: Fixtures.requests[2], candidates: [],
                                                                                     assignments: [])))))
        #expect(m.keyContext == .volunteerRequest)
        Fixtures.press([.escape, .down], &m)
        #expect(Fixtures.press([.enter], &m) == [.volunteers(.loadRequest(1))])
        _ = update(&m, .volunteers(.requestLoaded(.success(Self.detail()))))
        #expect(Fixtures.press([.down, .char("p")], &m) == [.volunteers(.propose(request: 1, volunteer: 2))])
        // Tab moves to the assignments: c confirms, - asks for a reason first.
        #expect(Fixtures.press([.tab, .char("c")], &m) == [.volunteers(.confirm(assignment: 9, request: 1))])
        Fixtures.press([.char("-")], &m)
        #expect(m.form?.purpose == .volunteers(.decline(assignment: 9, request: 1)))
        Fixtures.press([.ctrl("s")], &m)
        #expect(m.form?.field(ReasonField.reason)?.error != nil)   // a reason is required
        _ = Fixtures.type("Har ikke tid likevel", &m)
        #expect(Fixtures.press([.ctrl("s")], &m) == [.volunteers(.decline(assignment: 9, request: 1, reason: "Har ikke tid likevel"))])
        let after = update(&m, .volunteers(.changed(.success(1), .volunteers(.declined))))
        #expect(m.form == nil && after.contains(.volunteers(.loadRequest(1))))
    }

    @Test func triageStepsAndRefusalsReachTheStore() {
        var m = volunteersModel()
        #expect(Fixtures.press([.char("t")], &m) == [.volunteers(.step(.triage, request: 3, note: ""))])
        Fixtures.press([.char("-")], &m)
        _ = Fixtures.type("Ikke en frivillig oppgave", &m)
        #expect(Fixtures.press([.ctrl("s")], &m) == [.volunteers(.step(.reject, request: 3, note: "Ikke en frivillig oppgave"))])
        _ = update(&m, .volunteers(.changed(.failure(.volunteer([.stepNotAllowed(.reject, .matching)])), .volunteers(.rejected))))
        #expect(m.form != nil && m.message?.isError == true)
        // Read-only users are told, nothing is sent.
        var guest = Fixtures.model(tab: .volunteers, staff: nil)
        guest.volunteers.section = .triage
        #expect(Fixtures.press([.char("t")], &guest).isEmpty && guest.message?.isError == true)
    }

    @Test func matchAllIsReviewedAndOnlyTheAcceptedPairsAreSaved() {
        var m = volunteersModel()
        #expect(Fixtures.press([.char("M")], &m) == [.volunteers(.proposeAll)])
        _ = update(&m, .volunteers(.proposalReady(.success(Self.review()))))
        #expect(m.keyContext == .volunteerProposal)
        // Leave out the second pair, keep the others.
        Fixtures.press([.down, .char(" ")], &m)
        let r = Self.review()
        #expect(Fixtures.press([.char("a")], &m) == [.volunteers(.applyProposal([r.rows[0], r.rows[2]]))])
        let after = update(&m, .volunteers(.proposalApplied(.success(2))))
        #expect(m.volunteers.screens.isEmpty && after == [.volunteers(.loadTriage(offset: 0, followedBy: nil))])
    }

    @Test func registrationFromTheFrontDeskInAFewKeys() {
        var m = volunteersModel()
        Fixtures.press([.char("n")], &m)
        #expect(m.form?.purpose == .volunteers(.register))
        _ = Fixtures.type("Kari Nordmann", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("912 34 567", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("1961", &m)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .volunteers(.register(let v))? = commands.first else { Issue.record("no register: \(commands)"); return }
        #expect(v.name == "Kari Nordmann" && v.birthYear == 1961 && v.phone == "912 34 567" && v.dataConsent != nil)
        _ = update(&m, .volunteers(.registered(.failure(.volunteer([.unknownSkill("sjonglering")])))))
        #expect(m.form?.field(RegistrationField.skills)?.error != nil)
        // Reachable from any tab through the palette (and F2): the form opens over the tab shown.
        var other = Fixtures.model(tab: .calendar)
        _ = performFromPalette(.registerVolunteer, &other)
        #expect(other.tab == .calendar && other.form?.purpose == .volunteers(.register))
    }

    @Test func screensAtBothSizesInBothLanguages() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = volunteersModel(size, language)
                Fixtures.press([.down], &m)
                SnapshotTests.check("volunteers-triage-\(size.width)x\(size.height)-\(language.rawValue)", m)
                Fixtures.press([.enter], &m)
                _ = update(&m, .volunteers(.requestLoaded(.success(Self.detail()))))
                SnapshotTests.check("volunteers-candidates-\(size.width)x\(size.height)-\(language.rawValue)", m)
                Fixtures.press([.escape, .char("M")], &m)
                _ = update(&m, .volunteers(.proposalReady(.success(Self.review()))))
                Fixtures.press([.down, .char(" ")], &m)
                SnapshotTests.check("volunteers-proposal-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }
}
