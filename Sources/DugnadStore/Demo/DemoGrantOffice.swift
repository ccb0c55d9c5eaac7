import DugnadCore

/// A grant office in spring and autumn: applications to every scheme over
/// the last year, each as far along as its round has come (an open round
/// still receiving, a closed one in review, scored and recommended, older
/// rounds decided, paid, reported and closed), within each scheme's budget.
/// A few officers declared conflicts of interest, some decisions are under
/// appeal, some reports are late, and some schemes are close to their budget.
struct DemoGrantOffice {
    struct SchemeInfo {
        var scheme: GrantScheme
        var profile: DemoGrantProfiles.Profile
        var criteria: [(id: RowID, weight: Int)]
    }

    let schemes: [SchemeInfo]
    let orgs: [DemoOrg]
    let officers: [String]
    let intake: [String]
    let today: CivilDate

    var spent: [String: Int64] = [:]      // "scheme-year" → øre decided
    var awards: [String: Int] = [:]       // prizes given per scheme-year
    var priorities: [String: Int] = [:]   // forwarded: next priority number per year

    init(schemes: [SchemeInfo], orgs: [DemoOrg], officers: [String], intake: [String], today: CivilDate) {
        self.schemes = schemes; self.orgs = orgs; self.officers = officers.isEmpty ? ["saksbehandler"] : officers
        self.intake = intake.isEmpty ? ["skranke"] : intake; self.today = today
    }

    mutating func generate(count: Int, firstID: RowID, rng: inout DemoRandom) -> [DemoGrantCase] {
        var byCategory: [OrganisationCategory: [Organisation]] = [:]
        for entry in orgs where entry.org.active { byCategory[entry.org.category, default: []].append(entry.org) }
        let pools = schemes.map { info in info.profile.applicants.flatMap { byCategory[$0] ?? [] } }
        let weights = schemes.map(\.profile.weight)

        struct Draft { var received: CivilDate; var order: Int; var scheme: Int; var org: Organisation?; var twin: Int? }
        var drafts: [Draft] = []
        for i in 0..<count {
            let month = rng.pick([(0, 1.0), (1, 1.6), (2, 1.8), (3, 1.2), (4, 1.0), (5, 0.8), (6, 0.4), (7, 0.9),
                                  (8, 1.6), (9, 1.8), (10, 1.2), (11, 0.8)])
            let age = min(364, max(0, month * 30 + rng.int(0...29)))
            let scheme = rng.weightedIndex(weights)
            let personal = schemes[scheme].scheme.kind == .prize && schemes[scheme].scheme.name.contains("stipend")
                && rng.chance(0.7)
            let pool = pools[scheme]
            let org: Organisation? = pool.isEmpty || personal ? nil : rng.pick(pool)
            drafts.append(Draft(received: today.adding(days: -age), order: i, scheme: scheme, org: org, twin: nil))
            // Now and then the same club seeks the same thing from a second scheme in the group (the radar's catch).
            if let org, drafts.count < count, rng.chance(0.025) {
                let group = schemes[scheme].scheme.group
                let others = schemes.indices.filter { $0 != scheme && schemes[$0].scheme.group == group
                    && schemes[$0].scheme.kind == .grant }
                if !others.isEmpty {
                    drafts.append(Draft(received: today.adding(days: -max(0, age - rng.int(0...20))), order: count + i,
                                        scheme: rng.pick(others), org: org, twin: i))
                }
            }
        }
        drafts = Array(drafts.prefix(count))
        drafts.sort { ($0.received, $0.order) < ($1.received, $1.order) }

        var serial: [Int: Int] = [:]
        var titles: [Int: String] = [:]       // draft order → title, for twins
        var out: [DemoGrantCase] = []
        for (n, d) in drafts.enumerated() {
            let info = schemes[d.scheme]
            let year = d.received.year
            serial[year, default: 0] += 1
            let number = String(serial[year]!)
            let reference = "\(year)-\(String(repeating: "0", count: max(0, 4 - number.count)))\(number)"
            let round = info.scheme.rounds.round(for: d.received)
            let title = d.twin.flatMap { titles[$0] } ?? DemoGrantProfiles.title(info.profile, org: d.org, year: round.year, rng: &rng)
            titles[d.order] = title
            let person = DemoPeople.person(&rng).fullName
            var requested = DemoGrantProfiles.amount(info.profile, rng: &rng)
            if let max = info.scheme.maximumAmount, info.scheme.kind == .prize { requested = max }
            let app = GrantApplication(
                id: firstID + RowID(n), reference: reference, schemeID: info.scheme.id, organisationID: d.org?.id,
                applicantName: d.org?.name ?? person, title: title, amountRequested: requested, status: .received,
                receivedOn: d.received, decisionDue: round.decisionDue(received: d.received), assignee: nil,
                flagged: rng.chance(0.04), year: round.year,
                purpose: "Søknaden gjelder «\(title)». " + (d.org.map { "\($0.name) står for gjennomføringen" } ?? "Søker står selv for gjennomføringen") + " med frivillig innsats.",
                kommunedelID: d.org?.kommunedelID ?? RowID(rng.int(1...10)))
            var c = DemoGrantCase(app: app, round: round, contact: d.org == nil ? "" : person,
                                  channel: rng.pick([("digital", 8.0), ("paper", 1.0), ("walk_in", 1.0)]),
                                  projectBudget: Money(ore: requested.ore * Int64(rng.int(12...30)) / 10),
                                  otherFunding: Money(ore: requested.ore * Int64(rng.int(0...8)) / 10))
            advance(&c, info, rng: &rng)
            out.append(c)
        }
        return out
    }

    // MARK: - How far a case has come

    enum Stage { case open, justClosed, review, recommending, decided, paid, late }

    func stage(_ c: DemoGrantCase, rng: inout DemoRandom) -> Stage {
        let closing = c.round.deadline ?? c.app.receivedOn.adding(days: 7)
        let progress = closing.days(until: today)
        switch progress {
        case ..<0: return .open
        case ..<14: return .justClosed
        case ..<35: return .review
        case ..<50: return rng.chance(0.4) ? .recommending : .decided
        case ..<100: return rng.chance(0.35) ? .decided : .paid
        default: return .late
        }
    }

    private mutating func advance(_ c: inout DemoGrantCase, _ info: SchemeInfo, rng: inout DemoRandom) {
        let scheme = info.scheme
        let received = c.app.receivedOn
        let intakeStaff = c.channel == "digital" ? "søknadsportalen" : rng.pick(intake)
        c.events.append(DemoGrantEvent(on: received, staff: intakeStaff, from: nil, to: .received, kind: "status",
                                       note: c.channel == "digital" ? "Søknad mottatt digitalt." : "Søknad registrert i skranken."))
        if rng.chance(0.3) { c.attachments = rng.sample(DemoGrantTexts.attachmentNames, count: rng.int(1...3)) }
        if rng.chance(0.06) { c.tags = [rng.pick(DemoGrantTexts.tagWords)] }
        let st = stage(c, rng: &rng)
        let quality = rng.int(1...5)
        if st == .open {
            c.app.status = rng.pick([(.received, 75.0), (.inReview, 20), (.infoRequested, 3), (.withdrawn, 2)])
        } else if st == .justClosed {
            c.app.status = rng.pick([(.received, 30.0), (.inReview, 50), (.infoRequested, 8), (.waiting, 7), (.withdrawn, 5)])
        } else if st == .review {
            c.app.status = rng.pick([(.inReview, 25.0), (.infoRequested, 5), (.waiting, 15), (.recommended, 50), (.withdrawn, 5)])
        } else if st == .recommending {
            c.app.status = rng.chance(0.95) ? .recommended : .withdrawn
        } else {
            c.app.status = .inReview   // decided below
        }
        if c.app.status == .received {
            if rng.chance(0.4) { c.app.assignee = rng.pick(officers) }
            return
        }
        let officer = rng.pick(officers)
        c.app.assignee = officer
        var day = min(today, received.adding(days: rng.int(1...6)))
        if c.app.status == .withdrawn {
            c.events.append(DemoGrantEvent(on: day, staff: officer, from: .received, to: .withdrawn, kind: "status",
                                           note: "Søknaden trukket av søker."))
            c.app.decisionDue = nil
            return
        }
        c.events.append(DemoGrantEvent(on: day, staff: officer, from: .received, to: .inReview, kind: "status",
                                       note: "Tildelt \(officer)."))
        var current = ApplicationStatus.inReview
        func move(_ to: ApplicationStatus, _ note: String, after days: ClosedRange<Int>) {
            day = min(today, day.adding(days: rng.int(days)))
            c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: to, kind: "status", note: note))
            current = to
        }
        if c.app.status == .infoRequested || rng.chance(0.08) {
            move(.infoRequested, rng.pick(DemoGrantTexts.infoRequests), after: 1...5)
            if c.app.status == .infoRequested { return }
            move(.inReview, "Etterspurte opplysninger mottatt.", after: 3...10)
        }
        // A conflict of interest now and then: a second officer steps aside.
        let others = officers.filter { $0 != officer }
        if !others.isEmpty, rng.chance(0.02) {
            let who = rng.pick(others)
            if rng.chance(0.5) { addScores(&c, info, staff: who, quality: quality, rng: &rng) }
            c.conflict = (who, rng.pick(DemoGrantTexts.conflictReasons), day)
            c.events.append(DemoGrantEvent(on: day, staff: who, from: current, to: current, kind: "conflict",
                                           note: "Meldt inhabil: \(c.conflict!.reason)"))
        }
        if c.app.status == .waiting {
            move(.waiting, rng.pick(DemoGrantTexts.waitingNotes), after: 1...6)
            if rng.chance(0.5) { addScores(&c, info, staff: officer, quality: quality, rng: &rng) }
            return
        }
        let scoreNow = c.app.status != .inReview || st.rawDecided
        if scoreNow || rng.chance(0.3) {
            addScores(&c, info, staff: officer, quality: quality, rng: &rng)
            if let second = others.filter({ $0 != c.conflict?.staff }).first, rng.chance(0.5) {
                addScores(&c, info, staff: second, quality: quality, rng: &rng)
            }
        }
        if c.app.status == .inReview && !st.rawDecided { return }
        if scheme.recommendingBodyID != nil {
            let grant = quality >= 3
            let amount = scheme.kind == .forwarded || !grant ? nil
                : Money(ore: min(c.app.amountRequested.ore, scheme.maximumAmount?.ore ?? .max) * Int64(rng.int(6...10)) / 10 / 100_000 * 100_000)
            day = min(today, day.adding(days: rng.int(3...12)))
            c.recommendation = (grant ? "grant" : "reject", amount.flatMap { $0.ore > 0 ? $0 : nil },
                                grant ? "Idrettsrådet anbefaler støtte." : "Idrettsrådet prioriterer andre søknader.", day)
            c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: current, kind: "recommendation",
                                           note: grant ? "Innstilling fra Idrettsrådet: støtte." : "Innstilling fra Idrettsrådet: avslag."))
        }
        move(.recommended, "Innstilt til vedtak.", after: 2...10)
        if c.app.status == .recommended { return }
        decide(&c, info, officer: officer, quality: quality, stage: st, from: &current, day: &day, rng: &rng)
    }

    private func addScores(_ c: inout DemoGrantCase, _ info: SchemeInfo, staff: String, quality: Int,
                           rng: inout DemoRandom) {
        for criterion in info.criteria {
            let s = max(0, min(5, quality + rng.int(-1...1)))
            c.scores.append((criterion.id, staff, s, rng.pick(DemoGrantTexts.scoreNotes)))
        }
        let counted = c.scores.filter { $0.staff != c.conflict?.staff }.map {
            GrantScore(criterionID: $0.criterion, staff: $0.staff, score: $0.score)
        }
        let criteria = info.criteria.map { GrantCriterion(id: $0.id, schemeID: info.scheme.id, position: 1,
                                                          name: Bilingual(nb: "", en: ""), weight: $0.weight) }
        c.app.scoreMilli = GrantScoring.weightedTotalMilli(counted, criteria: criteria)
    }
}

extension DemoGrantOffice.Stage {
    var rawDecided: Bool { self == .decided || self == .paid || self == .late }
}
