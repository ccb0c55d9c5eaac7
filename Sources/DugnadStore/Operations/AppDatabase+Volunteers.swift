import DugnadCore
import GRDB

/// Volunteers: registration at the front desk, edits, status, politiattest seen, the skill vocabulary.
extension AppDatabase {
    /// Registers a volunteer (one transaction, audited); returns the new id. Refused with every problem
    /// found (name, birth year, consent, parental consent for 15–17, unknown skills).
    public func registerVolunteer(_ volunteer: Volunteer, today: CivilDate) throws(StoreError) -> RowID {
        try change(.handleVolunteers) { db, staff in
            var v = volunteer
            v.name = v.name.trimmingWhitespace(); v.phone = v.phone.trimmingWhitespace()
            v.email = v.email.trimmingWhitespace()
            let problems = VolunteerValidation.problems(v, year: today.year, knownSkills: try Self.skillNames(db))
            guard problems.isEmpty else { throw StoreError.volunteerRefused(problems) }
            let marks = Array(repeating: "?", count: VolunteerRows.columns.count).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO volunteer (\(VolunteerRows.columns.joined(separator: ", "))) VALUES (\(marks))",
                           arguments: VolunteerRows.arguments(v.columnValues))
            let id = db.lastInsertedRowID
            try Audit.record(db, staff: staff.username, action: "create", entity: "volunteer", entityID: id,
                             details: "registered; status: \(v.status.rawValue); consent: \(v.dataConsent?.givenOn.iso ?? "")")
            return id
        }
    }

    /// Saves an edited volunteer; `left` sets the day they left (the erasure period runs from it).
    public func updateVolunteer(_ volunteer: Volunteer, today: CivilDate) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            guard let old = try Self.volunteer(db, id: volunteer.id), try !Self.isErased(db, volunteer.id) else {
                throw StoreError.notFound
            }
            var v = volunteer
            v.name = v.name.trimmingWhitespace()
            if v.status == .left { v.leftOn = v.leftOn ?? old.leftOn ?? today } else { v.leftOn = nil }
            let problems = VolunteerValidation.problems(v, year: today.year, knownSkills: try Self.skillNames(db))
            // A volunteer registered before the vocabulary changed keeps skills that were retired since.
                .filter { if case .unknownSkill(let s) = $0 { return !old.skills.contains(s) }; return true }
            guard problems.isEmpty else { throw StoreError.volunteerRefused(problems) }
            let set = VolunteerRows.columns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE volunteer SET \(set), erasure_due_on = CASE WHEN ? = 'left' THEN erasure_due_on END WHERE id = ?",
                           arguments: VolunteerRows.arguments(v.columnValues + [v.status.rawValue, v.id]))
            // Field names only (and the status): the audit log is append-only, so personal values never go into it
            // and an erased volunteer leaves no name behind there.
            let changed = zip(Self.auditFields(old), Self.auditFields(v)).filter { $0.0.1 != $0.1.1 }.map(\.0.0)
            let details = changed.isEmpty ? "" : "changed: " + changed.joined(separator: ", ")
                + (old.status != v.status ? "; status: \(old.status.rawValue) → \(v.status.rawValue)" : "")
            if !details.isEmpty {
                try Audit.record(db, staff: staff.username, action: "update", entity: "volunteer", entityID: v.id,
                                 details: details)
            }
        }
    }

    static func auditFields(_ v: Volunteer) -> [(String, String)] {
        [("name", v.name), ("birth_year", String(v.birthYear)), ("kommunedel", v.kommunedelID.map { String($0) } ?? ""),
         ("phone", v.phone), ("email", v.email), ("languages", v.languages.joined(separator: ",")),
         ("skills", v.skills.joined(separator: ",")), ("availability", v.availability.text),
         ("max_hours", String(v.maxHoursPerMonth)), ("status", v.status.rawValue),
         ("parental_consent", v.parentalConsent ? "yes" : "no"),
         ("taushetserklaering", v.confidentialitySigned ? "yes" : "no"), ("intro_course", v.introCourseDone ? "yes" : "no"),
         ("data_consent", v.dataConsent.map { "\($0.givenOn.iso) \($0.purpose)" } ?? "")]
    }

    public func volunteer(id: RowID) throws(StoreError) -> Volunteer? {
        try read { try Self.volunteer($0, id: id) }
    }

    static func volunteer(_ db: Database, id: RowID) throws -> Volunteer? {
        try db.decodeAll("SELECT * FROM volunteer WHERE id = ?", [id], Volunteer.init(row:)).first
    }

    static func isErased(_ db: Database, _ id: RowID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT erased_at IS NOT NULL FROM volunteer WHERE id = ?", arguments: [id]) ?? false
    }

    // MARK: - Politiattest seen

    /// Records that a politiattest for `kind` was seen (never its content), by the login user.
    public func recordPolitiattestSeen(volunteerID: RowID, kind: PolitiattestKind, seenOn: CivilDate,
                                       today: CivilDate) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            guard try Self.volunteer(db, id: volunteerID) != nil, try !Self.isErased(db, volunteerID) else {
                throw StoreError.notFound
            }
            guard seenOn <= today else { throw StoreError.volunteerRefused([.badSchedule]) }
            try db.execute(sql: "INSERT INTO politiattest_seen (volunteer_id, kind, seen_on, seen_by) VALUES (?, ?, ?, ?)",
                           arguments: [volunteerID, kind.rawValue, seenOn.iso, staff.username])
            try Audit.record(db, staff: staff.username, action: "politiattest_seen", entity: "volunteer",
                             entityID: volunteerID, details: "kind: \(kind.rawValue); seen_on: \(seenOn.iso)")
        }
    }

    public func politiattester(volunteerID: RowID) throws(StoreError) -> [PolitiattestSeen] {
        try read { try Self.politiattester($0, volunteerIDs: [volunteerID])[volunteerID] ?? [] }
    }

    static func politiattester(_ db: Database, volunteerIDs: [RowID]? = nil) throws -> [RowID: [PolitiattestSeen]] {
        let filter = volunteerIDs.map { "WHERE volunteer_id IN (\($0.map { String($0) }.joined(separator: ",")))" } ?? ""
        var result: [RowID: [PolitiattestSeen]] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT volunteer_id, kind, seen_on, seen_by FROM politiattest_seen \(filter)")
        while let row = try cursor.next() {
            let seen = PolitiattestSeen(kind: try StoredForms.enumValue(PolitiattestKind.self, row["kind"]),
                                        seenOn: try StoredForms.date(row["seen_on"] as String), seenBy: row["seen_by"])
            result[row["volunteer_id"], default: []].append(seen)
        }
        return result
    }

    /// The confirmation of purpose for the volunteer's police application, for `requestID`'s task.
    public func confirmationOfPurpose(volunteerID: RowID, requestID: RowID, today: CivilDate) throws(StoreError) -> String {
        try read { db in
            guard let v = try Self.volunteer(db, id: volunteerID), let r = try Self.request(db, id: requestID),
                  let kind = r.politiattest else { throw StoreError.notFound }
            let organisation = try String.fetchOne(db, sql: """
                SELECT coalesce((SELECT name FROM service WHERE id = ?), (SELECT name FROM organisation WHERE id = ?),
                                'Drammen kommune')
                """, arguments: [r.serviceID, r.organisationID]) ?? "Drammen kommune"
            return PolitiattestRule.confirmationOfPurpose(volunteerName: v.name, birthYear: v.birthYear, kind: kind,
                                                          task: r.title, organisation: organisation,
                                                          contact: r.requester, date: today)
        }
    }

    /// Sets (or clears, nil) a service's renewal period for politiattest.
    public func setPolitiattestRenewal(serviceID: RowID, months: Int?) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            try db.execute(sql: "UPDATE service SET politiattest_renewal_months = ? WHERE id = ?", arguments: [months, serviceID])
            guard db.changesCount == 1 else { throw StoreError.notFound }
            try Audit.record(db, staff: staff.username, action: "update", entity: "service", entityID: serviceID,
                             details: "politiattest_renewal_months: \(months.map { String($0) } ?? "none")")
        }
    }

    /// Makes a staff member a frivillighetskontakt of a service.
    public func addServiceContact(serviceID: RowID, staffID: RowID) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            try db.execute(sql: "INSERT OR IGNORE INTO service_contact (service_id, staff_id) VALUES (?, ?)",
                           arguments: [serviceID, staffID])
            try Audit.record(db, staff: staff.username, action: "create", entity: "service_contact", entityID: serviceID,
                             details: "staff_id: \(staffID)")
        }
    }

    /// The services a staff member is frivillighetskontakt for.
    public func servicesFollowedUp(by username: String) throws(StoreError) -> [RowID] {
        try read { db in
            try RowID.fetchAll(db, sql: """
                SELECT c.service_id FROM service_contact c JOIN staff s ON s.id = c.staff_id WHERE s.username = ?
                ORDER BY c.service_id
                """, arguments: [username])
        }
    }

    // MARK: - Skill vocabulary

    /// The active skills in vocabulary order.
    public func skillVocabulary() throws(StoreError) -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT name FROM skill WHERE active = 1 ORDER BY position, name") }
    }

    static func skillNames(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM skill WHERE active = 1"))
    }

    /// Adds a skill to the shared vocabulary (or brings a retired one back).
    public func addSkill(_ name: String) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            let t = name.trimmingWhitespace()
            guard VolunteerValidation.isValidSkillName(t) else { throw StoreError.volunteerRefused([.badSkillName(name)]) }
            try db.execute(sql: """
                INSERT INTO skill (name, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM skill))
                ON CONFLICT(name) DO UPDATE SET active = 1
                """, arguments: [t])
            try Audit.record(db, staff: staff.username, action: "create", entity: "skill", entityID: nil, details: "name: \(t)")
        }
    }

    /// Retires a skill: no longer offered, kept on the volunteers and requests that have it.
    public func retireSkill(_ name: String) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            try db.execute(sql: "UPDATE skill SET active = 0 WHERE name = ?", arguments: [name])
            guard db.changesCount == 1 else { throw StoreError.notFound }
            try Audit.record(db, staff: staff.username, action: "retire", entity: "skill", entityID: nil, details: "name: \(name)")
        }
    }
}
