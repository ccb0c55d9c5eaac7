import DugnadCore

/// Requests for volunteers from services and organisations, and the
/// assignments made to them. Politiattest is required where the task
/// involves children or people with intellectual disabilities; assignments
/// respect minimum age, and minors only get tasks without one.
enum DemoRequests {
    struct Task: Sendable {
        let title: String
        let skills: [String]
        let weekly: Bool
        let politiattest: PolitiattestKind?
        let minimumAge: Int
        let needed: ClosedRange<Int>
        init(_ title: String, _ skills: [String], weekly: Bool = true, politiattest: Bool = false, age: Int = 16,
             needed: ClosedRange<Int> = 1...3) {
            self.title = title; self.skills = skills; self.weekly = weekly
            // Work in the disability services needs the attest for that kind of role; else it is work with children.
            self.politiattest = politiattest ? (["bofellesskap", "utviklingshemming", "sommerfest"].contains { title.lowercased().contains($0) }
                                                ? .intellectualDisabilities : .children) : nil
            self.minimumAge = age; self.needed = needed
        }
    }

    static func tasks(for kind: DemoStaffAndServices.Kind) -> [Task] {
        switch kind {
        case .nursingHome:
            [Task("Besøksvenn for beboere", ["besøksvenn"]), Task("Turvenn for beboere", ["turleder", "besøksvenn"]),
             Task("Musikk og allsang", ["musikk"]), Task("Kafévert i kantina", ["matlaging", "arrangement"]),
             Task("Følge til frisør og butikk", ["besøksvenn", "sjåfør"], age: 18)]
        case .homeCare:
            [Task("Handlehjelp for hjemmeboende", ["sjåfør"], age: 18), Task("Digital hjelp hjemme", ["digital hjelp"]),
             Task("Besøksvenn for hjemmeboende eldre", ["besøksvenn"], age: 18)]
        case .activityHouse:
            [Task("Kafévert", ["matlaging", "arrangement"]), Task("Vert på strikkekafé", ["håndverk"]),
             Task("Turleder tirsdagstur", ["turleder", "førstehjelp"], age: 18),
             Task("Instruktør seniortrim", ["idrettstrener"], age: 18)]
        case .library:
            [Task("Leksehjelp i biblioteket", ["leksehjelp"], politiattest: true),
             Task("Vert på språkkafé", ["språkkafé", "norsktrening"]), Task("Datahjelp for seniorer", ["digital hjelp"]),
             Task("Høytlesning for barn", ["barnepass"], politiattest: true, age: 18)]
        case .youthClub:
            [Task("Voksenperson på klubbkveld", ["arrangement"], politiattest: true, age: 20),
             Task("Natteravn", ["førstehjelp"], politiattest: true, age: 18),
             Task("Veileder på e-sport", ["digital hjelp"], politiattest: true, age: 18)]
        case .refugees:
            [Task("Flyktningguide", ["norsktrening", "tolk"], age: 18), Task("Tolk ved foreldremøte", ["tolk"],
                                                                            weekly: false, age: 18),
             Task("Møbelinnsamling til nyankomne", ["sjåfør", "håndverk"], weekly: false, age: 18, needed: 2...6),
             Task("Leksehjelp for enslige mindreårige", ["leksehjelp"], politiattest: true, age: 18)]
        case .nav:
            [Task("Jobbmentor", ["administrasjon"], age: 25), Task("CV-hjelp på jobbsøkerkafé",
                                                                   ["administrasjon", "digital hjelp"], age: 18)]
        case .disability:
            [Task("Fritidsvenn for person med utviklingshemming", ["besøksvenn"], politiattest: true, age: 18),
             Task("Turvenn i bofellesskapet", ["turleder"], politiattest: true, age: 18),
             Task("Hjelp på sommerfest", ["arrangement", "matlaging"], weekly: false, politiattest: true, age: 18,
                  needed: 3...8)]
        case .culture:
            [Task("Hjelp under elevkonsert", ["arrangement"], weekly: false, politiattest: true, age: 18,
                  needed: 2...5), Task("Korpsinstruktør", ["musikk"], politiattest: true, age: 18)]
        }
    }

    static func orgTasks(_ category: OrganisationCategory) -> [Task] {
        switch category {
        case .idrett:
            [Task("Trener for barnepartiet", ["idrettstrener", "førstehjelp"], politiattest: true),
             Task("Kioskvakt på cup", ["arrangement"], weekly: false, age: 15, needed: 4...12)]
        case .kultur:
            [Task("Frivillige til festivalen", ["arrangement"], weekly: false, age: 15, needed: 5...30),
             Task("Scenearbeider", ["håndverk", "arrangement"], weekly: false, age: 16, needed: 2...6)]
        case .humanitær, .helseSosial:
            [Task("Juledugnaden: pakking av matkasser", ["arrangement", "matlaging"], weekly: false, age: 15,
                  needed: 6...20), Task("Besøksvenn", ["besøksvenn"], age: 18),
             Task("Leksehjelp", ["leksehjelp"], politiattest: true)]
        case .innvandrer:
            [Task("Vert på språkkafé", ["språkkafé", "norsktrening"]), Task("Tolk på informasjonsmøte", ["tolk"],
                                                                            weekly: false, age: 18)]
        case .barnUnge:
            [Task("Leder på fritidsklubben", ["arrangement"], politiattest: true, age: 18)]
        default:
            [Task("Dugnad og rydding", ["håndverk"], weekly: false, age: 15, needed: 3...10),
             Task("Hjelp med regnskap og styrearbeid", ["administrasjon"], age: 18)]
        }
    }

    struct Output {
        var requests: [DemoRequestRow] = []
        var assignments: [DemoAssignmentRow] = []
    }

    static func generate(count: Int, firstID: RowID, firstAssignmentID: RowID,
                         services: [DemoStaffAndServices.DemoService], orgs: [DemoOrg],
                         volunteers: inout [DemoVolunteerRow], today: CivilDate, rng: inout DemoRandom) -> Output {
        var out = Output()
        let activeOrgs = orgs.filter { $0.org.active }
        // Volunteers by skill, in id order, for reproducible picks.
        var bySkill: [String: [Int]] = [:]
        for (i, row) in volunteers.enumerated() where row.volunteer.status == .active && row.dataConsent {
            for skill in row.volunteer.skills { bySkill[skill, default: []].append(i) }
        }
        var load = Array(repeating: 0, count: volunteers.count)

        for n in 0..<count {
            let id = firstID + RowID(n)
            let fromService = !services.isEmpty && (activeOrgs.isEmpty || rng.chance(0.6))
            let service = fromService ? rng.pick(services) : nil
            let org = fromService ? nil : rng.pick(activeOrgs)
            let task = rng.pick(service.map { tasks(for: $0.kind) } ?? orgTasks(org!.org.category))
            let created = today.adding(days: -min(300, Int(Double(rng.int(0...300)) * rng.unit())))
            let starts = created.adding(days: rng.int(3...35))
            let age = created.days(until: today)
            let status: RequestStatus
            switch age {
            case ..<15: status = rng.pick([(.new, 6), (.triaged, 2), (.matching, 3)])
            default:
                status = task.weekly || starts > today ? rng.pick([(.matching, 6), (.filled, 3), (.completed, 1), (.cancelled, 0.3)])
                                                       : rng.pick([(.matching, 1), (.filled, 1), (.completed, 8), (.cancelled, 0.5)])
            }
            let schedule = DemoRequestDetails.schedule(weekly: task.weekly, starts: starts, rng: &rng)
            let request = VolunteerRequest(
                id: id, title: task.title, description: DemoRequestDetails.description(task.title, service: service?.service.name),
                requester: service?.service.volunteerContact ?? org!.org.contactName,
                serviceID: service?.service.id, organisationID: org?.org.id,
                kommunedelID: service?.service.kommunedelID ?? org?.org.kommunedelID, skills: task.skills,
                schedule: schedule, volunteersNeeded: rng.int(task.needed), politiattest: task.politiattest,
                minimumAge: task.minimumAge, suitableForMinors: task.minimumAge <= 16 && task.politiattest == nil,
                language: task.skills.contains("tolk") ? rng.pick(["ar", "ti", "so", "uk", "pl"]) : nil,
                priority: rng.pick([(.low, 15), (.normal, 55), (.high, 22), (.urgent, 8)]), status: status, createdOn: created)
            out.requests.append(DemoRequestRow(request: request, createdOn: created))

            // Who is on it: all places for filled/closed, some for open, none for new.
            let wanted: Int = switch status {
            case .new, .triaged, .cancelled: 0
            case .matching: rng.int(0...max(0, request.volunteersNeeded - 1))
            case .filled, .completed: request.volunteersNeeded
            }
            let pool = bySkill[task.skills[0]] ?? []
            var taken = Set<Int>()
            var attempts = 0
            while taken.count < wanted && attempts < wanted * 8 && !pool.isEmpty {
                attempts += 1
                let v = rng.pick(pool)
                let volunteer = volunteers[v].volunteer
                let years = today.year - volunteer.birthYear
                // Hard rules: age, and no minors on politiattest tasks; at most three tasks each.
                guard years >= task.minimumAge, task.politiattest == nil || years >= 18,
                      years >= 18 || request.suitableForMinors, load[v] < 3, !taken.contains(v) else { continue }
                // Those on a task needing an attest have shown one for that kind of role.
                if let kind = task.politiattest, !volunteers[v].politiattester.contains(where: { $0.kind == kind }) {
                    volunteers[v].politiattester.append(PolitiattestSeen(kind: kind, seenOn: min(today, starts.adding(days: -3)),
                                                                         seenBy: rng.pick(DemoVolunteerDetails.seenBy)))
                }
                taken.insert(v)
                load[v] += 1
                let state: DemoAssignmentRow.Status = status == .completed ? .ended : .confirmed
                let minutes = loggedMinutes(request, volunteer: volunteer, today: today, rng: &rng)
                out.assignments.append(DemoAssignmentRow(id: firstAssignmentID + RowID(out.assignments.count),
                                                         requestID: id, volunteerID: volunteer.id, status: state,
                                                         minutesLogged: minutes))
                // Anyone working in a service has signed the confidentiality declaration.
                if service != nil { volunteers[v].volunteer.confidentialitySigned = true }
                volunteers[v].volunteer.introCourseDone = volunteers[v].volunteer.introCourseDone || service != nil
            }
            // Open requests also have proposals waiting and the odd decline.
            if status == .matching, let v = pool.isEmpty ? nil : rng.pick(pool), !taken.contains(v), rng.chance(0.4),
               today.year - volunteers[v].volunteer.birthYear >= max(task.minimumAge, task.politiattest != nil ? 18 : 0) {
                let declined = rng.chance(0.25)
                out.assignments.append(DemoAssignmentRow(id: firstAssignmentID + RowID(out.assignments.count),
                                                         requestID: id, volunteerID: volunteers[v].volunteer.id,
                                                         status: declined ? .declined : .proposed, minutesLogged: 0,
                                                         declineReason: declined ? rng.pick(DemoRequestDetails.declineReasons) : ""))
            }
        }
        return out
    }

    /// Hours so far: weekly tasks a visit most weeks since the start (capped
    /// by the volunteer's monthly maximum), one-off tasks one long shift.
    private static func loggedMinutes(_ request: VolunteerRequest, volunteer: Volunteer, today: CivilDate,
                                      rng: inout DemoRandom) -> Int {
        let days = request.startsOn.days(until: min(today, request.schedule.lastDate ?? today))
        guard days > 0 else { return 0 }
        if !request.weekly { return rng.int(4...16) * 30 }
        let weeks = days / 7
        let visits = Int(Double(weeks) * (0.5 + 0.4 * rng.unit()))
        let perVisit = rng.pick([60, 90, 120, 180])
        let cap = volunteer.maxHoursPerMonth * 60 * max(1, days / 30)
        return min(visits * perVisit, cap)
    }
}
