import DugnadCore

/// Grant applications received over the last year, with statuses that fit
/// their age (recent ones waiting, older ones decided, paid, closed), sums
/// granted that stay within each scheme's annual budget, and a timeline of
/// who moved each application when.
enum DemoGrants {
    struct Output {
        var applications: [DemoApplicationRow] = []
        var events: [DemoApplicationEventRow] = []
    }

    /// Statuses along the workflow up to and including `final`.
    static func path(to final: ApplicationStatus, recommended: Bool, partly: Bool) -> [ApplicationStatus] {
        let decided: [ApplicationStatus] = recommended ? [.received, .inReview, .recommended] : [.received, .inReview]
        let decision: ApplicationStatus = partly ? .partlyGranted : .granted
        switch final {
        case .received: return [.received]
        case .inReview: return [.received, .inReview]
        case .recommended: return [.received, .inReview, .recommended]
        case .granted, .partlyGranted, .rejected: return decided + [final]
        case .paid: return decided + [decision, .paid]
        case .reportDue: return decided + [decision, .paid, .reportDue]
        case .reportReceived: return decided + [decision, .paid, .reportDue, .reportReceived]
        case .closed: return decided + [decision, .paid, .reportDue, .reportReceived, .closed]
        case .withdrawn: return recommended ? [.received, .inReview, .withdrawn] : [.received, .withdrawn]
        }
    }

    /// A final status for an application `age` days old.
    static func status(age: Int, rng: inout DemoRandom) -> ApplicationStatus {
        let table: [(ApplicationStatus, Double)]
        switch age {
        case ..<11: table = [(.received, 85), (.inReview, 15)]
        case ..<31: table = [(.received, 20), (.inReview, 60), (.recommended, 15), (.withdrawn, 5)]
        case ..<61: table = [(.inReview, 30), (.recommended, 25), (.granted, 15), (.partlyGranted, 10),
                             (.rejected, 15), (.withdrawn, 5)]
        case ..<121: table = [(.inReview, 5), (.recommended, 5), (.granted, 10), (.partlyGranted, 5),
                              (.rejected, 20), (.paid, 52), (.withdrawn, 3)]
        case ..<241: table = [(.paid, 25), (.reportDue, 35), (.rejected, 20), (.closed, 10), (.reportReceived, 5),
                              (.withdrawn, 5)]
        default: table = [(.closed, 35), (.reportReceived, 20), (.reportDue, 15), (.rejected, 22), (.withdrawn, 5),
                          (.paid, 3)]
        }
        return rng.pick(table)
    }

    static func generate(count: Int, firstID: RowID, orgs: [DemoOrg], officers: [String],
                         intake: [String], today: CivilDate, rng: inout DemoRandom) -> Output {
        let schemes = ReferenceData.grantSchemes
        precondition(DemoGrantProfiles.profiles.count == schemes.count, "one profile per grant scheme")
        let weights = DemoGrantProfiles.profiles.map(\.weight)
        var byCategory: [OrganisationCategory: [Organisation]] = [:]
        for entry in orgs where entry.org.active { byCategory[entry.org.category, default: []].append(entry.org) }

        let pools = DemoGrantProfiles.profiles.map { profile in profile.applicants.flatMap { byCategory[$0] ?? [] } }

        // Draft in random order, then number by receipt date as the inbox would.
        struct Draft { var received: CivilDate; var order: Int; var scheme: Int; var org: Organisation?; var person: String }
        var drafts: [Draft] = []
        for i in 0..<count {
            // More applications around the spring and autumn rounds.
            let month = rng.pick([(0, 1.0), (1, 1.6), (2, 1.8), (3, 1.2), (4, 1.0), (5, 0.8), (6, 0.4), (7, 0.9),
                                  (8, 1.6), (9, 1.8), (10, 1.2), (11, 0.8)])
            let age = min(364, max(0, month * 30 + rng.int(0...29)))
            let scheme = rng.weightedIndex(weights)
            let pool = pools[scheme]
            // Only the artist's stipend is applied for by private persons.
            let personal = scheme == 6 && rng.chance(0.7)
            let org: Organisation? = pool.isEmpty || personal ? nil : rng.pick(pool)
            drafts.append(Draft(received: today.adding(days: -age), order: i, scheme: scheme, org: org,
                                person: DemoPeople.person(&rng).fullName))
        }
        drafts.sort { ($0.received, $0.order) < ($1.received, $1.order) }

        var out = Output()
        var serial: [Int: Int] = [:]              // year → last reference number
        var spent: [Int: Int64] = [:]             // scheme index * 10_000 + year → øre granted
        for (n, draft) in drafts.enumerated() {
            let id = firstID + RowID(n)
            let scheme = schemes[draft.scheme], profile = DemoGrantProfiles.profiles[draft.scheme]
            let year = draft.received.year
            serial[year, default: 0] += 1
            let reference = "\(year)-\(String(repeating: "0", count: max(0, 4 - String(serial[year]!).count)))\(serial[year]!)"
            let requested = DemoGrantProfiles.amount(profile, rng: &rng)
            let age = draft.received.days(until: today)
            var final = status(age: age, rng: &rng)

            // Granting is bounded by what is left of the scheme's budget that year.
            var granted: Money? = nil
            let grantedStatuses: [ApplicationStatus] = [.granted, .partlyGranted, .paid, .reportDue, .reportReceived,
                                                        .closed]
            var partly = false
            if grantedStatuses.contains(final) {
                let key = draft.scheme * 10_000 + year
                let left = scheme.annualBudget.ore - spent[key, default: 0]
                partly = final == .partlyGranted || rng.chance(0.3)
                var amount = partly ? requested.ore * Int64(rng.int(4...8)) / 10 / 10_000 * 10_000 : requested.ore
                if amount > left { amount = left / 10_000 * 10_000; partly = true }
                if amount < 100_000 {
                    final = .rejected            // the year's budget is used up
                } else {
                    spent[key, default: 0] += amount
                    granted = Money(ore: amount)
                    if final == .granted && partly { final = .partlyGranted }
                }
            }

            let assigned = final != .received || rng.chance(0.5)
            let assignee = assigned ? rng.pick(officers) : nil
            let application = GrantApplication(
                id: id, reference: reference, schemeID: scheme.id, organisationID: draft.org?.id,
                applicantName: draft.org?.name ?? draft.person,
                title: DemoGrantProfiles.title(profile, org: draft.org, year: year, rng: &rng),
                amountRequested: requested, amountGranted: granted, status: final, receivedOn: draft.received,
                decisionDue: draft.received.adding(days: 42), assignee: assignee, flagged: rng.chance(0.05))
            out.applications.append(DemoApplicationRow(application: application, year: year))

            let steps = path(to: final, recommended: rng.chance(0.8), partly: partly)
            let days = stepDays(count: steps.count, span: age, rng: &rng)
            var previous: ApplicationStatus? = nil
            for (step, day) in zip(steps, days) {
                let who = step == .received ? rng.pick(intake) : (assignee ?? rng.pick(officers))
                out.events.append(DemoApplicationEventRow(
                    applicationID: id, at: "\(draft.received.adding(days: day).iso)T\(clock(&rng))Z", staff: who,
                    from: previous, to: step, note: note(step, granted: granted, requested: requested, partly: partly)))
                previous = step
            }
        }
        return out
    }

    /// Days after receipt of each step: intake on day 0, later steps spread
    /// out but never after today.
    private static func stepDays(count: Int, span: Int, rng: inout DemoRandom) -> [Int] {
        var gaps = [0] + (1..<max(1, count)).map { step in step == 1 ? rng.int(1...10) : rng.int(7...60) }
        let total = gaps.reduce(0, +)
        if total > span && total > 0 { gaps = gaps.map { $0 * span / total } }
        var day = 0
        return gaps.prefix(count).map { day += $0; return day }
    }

    private static func clock(_ rng: inout DemoRandom) -> String {
        let minutes = rng.int(7 * 60...14 * 60 + 59)    // office hours in UTC
        let h = minutes / 60, m = minutes % 60, s = rng.int(0...59)
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m):\(s < 10 ? "0" : "")\(s)"
    }

    /// Decisions carry an amount and a rationale, as the workflow demands.
    private static func note(_ step: ApplicationStatus, granted: Money?, requested: Money, partly: Bool) -> String {
        switch step {
        case .received: return "Søknad mottatt."
        case .inReview: return "Til behandling."
        case .recommended: return "Anbefalt innvilget etter vurdering mot kriteriene."
        case .granted, .partlyGranted:
            let amount = granted?.formatted ?? requested.formatted
            return partly ? "Delvis innvilget \(amount). Begrunnelse: begrenset budsjett, prioritert barn og unge."
                          : "Innvilget \(amount). Begrunnelse: tiltaket oppfyller ordningens formål."
        case .rejected: return "Avslått. Begrunnelse: tiltaket faller utenfor ordningen eller budsjettet er brukt opp."
        case .paid: return "Utbetalt \(granted?.formatted ?? "")."
        case .reportDue: return "Rapport og regnskap etterspurt."
        case .reportReceived: return "Rapport mottatt."
        case .closed: return "Saken avsluttet."
        case .withdrawn: return "Søknaden trukket av søker."
        }
    }
}
