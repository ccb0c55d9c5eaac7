import DugnadCore

extension DemoGrantOffice {
    /// Decides a case within what is left of the scheme's budget, then takes
    /// it as far as its age allows: paid, report due (late when old), report
    /// received, closed; some decisions are appealed.
    mutating func decide(_ c: inout DemoGrantCase, _ info: SchemeInfo, officer: String, quality: Int,
                         stage st: Stage, from current: inout ApplicationStatus, day: inout CivilDate,
                         rng: inout DemoRandom) {
        let scheme = info.scheme
        let key = "\(scheme.id)-\(c.app.year)"
        let closing = c.round.deadline ?? c.app.receivedOn.adding(days: 7)
        day = min(today, max(day, closing).adding(days: rng.int(2...12)))
        day = min(today, day)
        var outcome: ApplicationStatus
        var amount: Money? = nil
        var budgetSpent = false
        switch scheme.kind {
        case .forwarded:
            outcome = quality >= 3 ? .granted : .rejected
            if outcome == .granted {
                priorities[key, default: 0] += 1
                c.priority = priorities[key]
            }
        case .prize:
            let max = scheme.maximumAwards ?? 1
            if quality >= 4 && awards[key, default: 0] < max && spent[key, default: 0] + c.app.amountRequested.ore <= scheme.annualBudget.ore {
                outcome = .granted
                amount = c.app.amountRequested
                awards[key, default: 0] += 1
            } else {
                outcome = .rejected
            }
        default:
            // Each round may spend its share of the year's budget (rolling schemes: month by month),
            // so a round still in review has money left while finished years are close to their budget.
            let deadlines = scheme.rounds.deadlines(in: c.app.year)
            let share: Double
            if let d = c.round.deadline, let i = deadlines.firstIndex(of: d) {
                share = Double(i + 1) / Double(deadlines.count)
            } else {
                share = c.app.year < today.year ? 1 : Double(min(12, day.month)) / 12
            }
            let allowance = Int64(Double(scheme.annualBudget.ore) * share)
            let left = max(0, allowance - spent[key, default: 0])
            let wanted = min(c.app.amountRequested.ore, scheme.maximumAmount?.ore ?? .max)
            if quality <= 1 || (quality == 2 && rng.chance(0.6)) {
                outcome = .rejected
            } else {
                var ore = quality >= 4 ? wanted : wanted * Int64(rng.int(5...8)) / 10 / 100_000 * 100_000
                if ore > left { ore = left / 100_000 * 100_000 }
                if ore < 200_000 {
                    outcome = .rejected
                    budgetSpent = true
                } else {
                    amount = Money(ore: ore)
                    outcome = ore < c.app.amountRequested.ore ? .partlyGranted : .granted
                }
            }
        }
        if let a = amount { spent[key, default: 0] += a.ore }
        c.app.status = outcome
        c.app.amountGranted = scheme.kind == .forwarded ? nil : (amount ?? .zero)
        c.app.decidedOn = day
        c.app.decidedBy = officer
        c.app.decisionReason = DemoGrantTexts.reasons(outcome, kind: scheme.kind, budgetSpent: budgetSpent,
                                                      priority: c.priority, rng: &rng)
        let amountText = amount.map { " \($0.formatted)" } ?? ""
        c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: outcome, kind: "status",
                                       note: "Vedtak: \(outcome.nb)\(amountText). \(c.app.decisionReason)"))
        current = outcome

        // Appeals: pending on recent decisions, settled on older ones.
        let deadline = GrantWorkflow.appealDeadline(decidedOn: day)
        if outcome != .granted && scheme.kind != .forwarded && rng.chance(0.12) {
            let received = min(today, day.adding(days: rng.int(5...20)))
            if received <= deadline {
                var appeal = DemoAppeal(receivedOn: received, grounds: rng.pick(DemoGrantTexts.appealGrounds),
                                        decision: outcome, decidedOn: day, outcome: nil, outcomeOn: nil, note: "")
                c.events.append(DemoGrantEvent(on: received, staff: officer, from: outcome, to: .appealed,
                                               kind: "appeal", note: "Klage mottatt: \(appeal.grounds)"))
                let settled = received.adding(days: rng.int(14...30))
                if settled < today && st == .late || (settled < today && rng.chance(0.5)) {
                    appeal.outcome = .upheld
                    appeal.outcomeOn = settled
                    appeal.note = "Klagen er vurdert; vedtaket opprettholdes og klagen sendes klagenemnda."
                    c.events.append(DemoGrantEvent(on: settled, staff: officer, from: .appealed, to: outcome,
                                                   kind: "appeal", note: "Klage: \(appeal.note)"))
                    c.appeal = appeal
                    day = settled
                } else {
                    c.app.status = .appealed
                    c.appealedDecision = outcome
                    c.appeal = appeal
                    return
                }
            }
        }
        if outcome == .rejected {
            if st == .late && rng.chance(0.6) {
                day = min(today, day.adding(days: 30))
                c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: .closed, kind: "status",
                                               note: "Saken avsluttet."))
                c.app.status = .closed
            }
            return
        }
        if scheme.kind == .forwarded {
            if st == .late {
                day = min(today, day.adding(days: 20))
                c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: .closed, kind: "status",
                                               note: "Prioritert liste sendt til fylkeskommunen."))
                c.app.status = .closed
            }
            return
        }
        guard st == .paid || st == .late else { return }
        day = min(today, day.adding(days: rng.int(7...20)))
        c.paidOn = day
        c.events.append(DemoGrantEvent(on: day, staff: officer, from: current, to: .paid, kind: "status",
                                       note: "Utbetalt \(amount?.formatted ?? "")."))
        c.app.status = .paid
        current = .paid
        guard st == .late else { return }
        guard scheme.requiresReport else {
            c.events.append(DemoGrantEvent(on: min(today, day.adding(days: 30)), staff: officer, from: .paid,
                                           to: .closed, kind: "status", note: "Saken avsluttet."))
            c.app.status = .closed
            return
        }
        let dueOn = day.adding(days: 90)
        c.app.reportDueOn = dueOn
        c.events.append(DemoGrantEvent(on: day, staff: officer, from: .paid, to: .reportDue, kind: "status",
                                       note: "Rapport og regnskap skal leveres innen \(dueOn.norwegian)."))
        c.app.status = .reportDue
        // Reports: most arrive about on time, some are late (still due after their date).
        let arrives = dueOn.adding(days: rng.int(-30...25))
        guard arrives <= today, rng.chance(0.8) else { return }
        c.reportReceivedOn = arrives
        c.events.append(DemoGrantEvent(on: arrives, staff: officer, from: .reportDue, to: .reportReceived,
                                       kind: "status", note: "Rapport og regnskap mottatt."))
        c.app.status = .reportReceived
        let closes = arrives.adding(days: rng.int(5...40))
        if closes <= today {
            c.events.append(DemoGrantEvent(on: closes, staff: officer, from: .reportReceived, to: .closed,
                                           kind: "status", note: "Rapporten er godkjent; saken avsluttet."))
            c.app.status = .closed
        }
    }
}
