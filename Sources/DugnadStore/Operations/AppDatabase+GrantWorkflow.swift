import DugnadCore
import GRDB

extension AppDatabase {
    static func grantApplication(_ db: Database, id: RowID) throws -> (GrantApplication, GrantScheme) {
        guard let a = try Row.fetchOne(db, sql: "SELECT * FROM grant_application WHERE id = ?", arguments: [id])
            .map(GrantApplication.init(row:)) else { throw StoreError.notFound }
        guard let s = try Row.fetchOne(db, sql: "SELECT * FROM grant_scheme WHERE id = ?", arguments: [a.schemeID])
            .map(GrantScheme.init(row:)) else { throw StoreError.notFound }
        return (a, s)
    }

    /// One line of the case timeline, written with the change it describes.
    static func grantEvent(_ db: Database, _ id: RowID, staff: String, from: ApplicationStatus?, to: ApplicationStatus,
                           kind: String, note: String) throws {
        try db.execute(sql: """
            INSERT INTO application_event (application_id, at, staff, from_status, to_status, note, kind)
            VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, ?)
            """, arguments: [id, staff, from?.rawValue, to.rawValue, note, kind])
    }

    /// Registers an application (reference `YYYY-NNNN`, its round and decision date); service purchases are refused.
    @discardableResult
    public func intakeApplication(_ intake: GrantIntake) throws(StoreError) -> GrantApplication {
        let user = self.user
        return try change(.editDirectory) { db, _ in
            guard let scheme = try Row.fetchOne(db, sql: "SELECT * FROM grant_scheme WHERE id = ? AND active = 1",
                                                arguments: [intake.schemeID]).map(GrantScheme.init(row:))
            else { throw StoreError.notFound }
            if scheme.kind == .servicePurchase { throw StoreError.grantRefused([.servicePurchase]) }
            var problems: [GrantRefusal] = []
            var orgID = intake.organisationID
            var name = intake.applicantName.trimmingWhitespace()
            let number = intake.organisationNumber.filter { !$0.isWhitespace }
            if orgID == nil && !number.isEmpty {
                if case .failure = OrganisationNumber.validate(number) { problems.append(.badOrganisationNumber) }
                orgID = try RowID.fetchOne(db, sql: "SELECT id FROM organisation WHERE org_number = ?", arguments: [number])
            }
            var kommunedel: RowID? = nil
            if let id = orgID {
                guard let row = try Row.fetchOne(db, sql: "SELECT name, kommunedel_id FROM organisation WHERE id = ?",
                                                 arguments: [id]) else { throw StoreError.notFound }
                name = row["name"]
                kommunedel = row["kommunedel_id"]
            }
            if name.isEmpty { problems.append(.applicantRequired) }
            let title = intake.title.trimmingWhitespace()
            if title.isEmpty { problems.append(.titleRequired) }
            if intake.amountRequested.ore <= 0 { problems.append(.amountNotPositive) }
            guard problems.isEmpty else { throw StoreError.grantRefused(problems) }

            let round = scheme.rounds.round(for: intake.receivedOn)
            try db.execute(sql: "INSERT OR IGNORE INTO grant_round (scheme_id, year, deadline, label) VALUES (?, ?, ?, ?)",
                           arguments: [scheme.id, round.year, round.deadline?.iso, round.label])
            let roundID = try RowID.fetchOne(db, sql: "SELECT id FROM grant_round WHERE scheme_id = ? AND label = ?",
                                             arguments: [scheme.id, round.label])
            let year = intake.receivedOn.year
            let last = try String.fetchOne(db, sql: """
                SELECT max(reference) FROM grant_application WHERE reference GLOB ?
                """, arguments: ["\(year)-[0-9][0-9][0-9][0-9]*"]).flatMap { Int($0.dropFirst(5)) } ?? 0
            let serial = String(last + 1)
            let reference = "\(year)-\(String(repeating: "0", count: max(0, 4 - serial.count)))\(serial)"
            let app = GrantApplication(reference: reference, schemeID: scheme.id, organisationID: orgID, applicantName: name,
                                       title: title, amountRequested: intake.amountRequested, status: .received,
                                       receivedOn: intake.receivedOn, decisionDue: round.decisionDue(received: intake.receivedOn),
                                       assignee: nil, year: round.year, purpose: intake.purpose.trimmingWhitespace(),
                                       kommunedelID: kommunedel)
            try db.execute(sql: """
                INSERT INTO grant_application (reference, scheme_id, round_id, organisation_id, applicant_name,
                    contact_name, contact_email, contact_phone, title, purpose, amount_requested_ore, project_budget_ore,
                    other_funding_ore, status, received_on, decision_due, year, kommunedel_id, channel, search_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?)
                """, arguments: [reference, scheme.id, roundID, orgID, name, intake.contactName, intake.contactEmail,
                                 intake.contactPhone, title, app.purpose, intake.amountRequested.ore,
                                 intake.projectBudget?.ore, intake.otherFunding.ore, intake.receivedOn.iso,
                                 app.decisionDue?.iso, round.year, kommunedel, intake.channel,
                                 GrantApplication.searchText(reference: reference, applicant: name, title: title)])
            let id = db.lastInsertedRowID
            for file in intake.attachments where !file.trimmingWhitespace().isEmpty {
                try db.execute(sql: "INSERT OR IGNORE INTO grant_attachment (application_id, file_name) VALUES (?, ?)",
                               arguments: [id, file.trimmingWhitespace()])
            }
            try Audit.record(db, staff: user, action: "create", entity: "grant_application", entityID: id, details:
                Audit.values([("reference", reference), ("scheme", scheme.name), ("applicant", name), ("title", title),
                              ("amount", intake.amountRequested.formatted), ("channel", intake.channel)]))
            try Self.grantEvent(db, id, staff: user, from: nil, to: .received, kind: "status",
                                note: "Søknad registrert (\(round.label)).")
            var out = app
            out.id = id
            return out
        }
    }

    /// Assigns an application to an officer (nil: unassigns). An officer with a declared conflict is refused.
    public func assignApplication(id: RowID, to assignee: String?) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            if let who = assignee, try Self.hasConflict(db, id, who) { throw StoreError.grantRefused([.conflictOfInterest]) }
            try db.execute(sql: "UPDATE grant_application SET assignee = ? WHERE id = ?", arguments: [assignee, id])
            try Audit.record(db, staff: user, action: "assign", entity: "grant_application", entityID: id,
                             details: "assignee: \(a.assignee ?? "–") → \(assignee ?? "–")")
            try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "assign",
                                note: assignee.map { "Tildelt \($0)." } ?? "Ikke lenger tildelt.")
        }
    }

    /// Moves an application along the workflow (not decisions or appeals: see `decideApplication`, `registerAppeal`).
    public func transitionApplication(id: RowID, to target: ApplicationStatus, note: String = "",
                                      on day: CivilDate) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            try Self.transition(db, id: id, to: target, note: note, on: day, user: user)
        }
    }

    static func transition(_ db: Database, id: RowID, to target: ApplicationStatus, note: String, on day: CivilDate,
                           user: String) throws {
        let (a, scheme) = try grantApplication(db, id: id)
        let context = GrantWorkflow.Context(kind: scheme.kind, requiresReport: scheme.requiresReport)
        if let refusal = GrantWorkflow.refusal(from: a.status, to: target, context: context)
            ?? GrantWorkflow.noteRefusal(to: target, note: note) {
            throw StoreError.grantRefused([refusal])
        }
        var sets = ["status = ?"]
        var args: StatementArguments = [target.rawValue]
        switch target {
        case .paid: sets.append("paid_on = ?"); args += [day.iso]
        case .reportDue: sets.append("report_due_on = ?"); args += [day.adding(days: 90).iso]
        case .reportReceived: sets.append("report_received_on = ?"); args += [day.iso]
        case .withdrawn: sets.append("decision_due = NULL")
        default: break
        }
        args += [id]
        try db.execute(sql: "UPDATE grant_application SET \(sets.joined(separator: ", ")) WHERE id = ?", arguments: args)
        try Audit.record(db, staff: user, action: "transition", entity: "grant_application", entityID: id,
                         details: "status: \(a.status.rawValue) → \(target.rawValue)" + (note.isEmpty ? "" : "; note: \(note)"))
        try grantEvent(db, id, staff: user, from: a.status, to: target, kind: "status", note: note)
    }

    /// Flags or unflags an application.
    public func flagApplication(id: RowID, _ flagged: Bool) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            try db.execute(sql: "UPDATE grant_application SET flagged = ? WHERE id = ?", arguments: [flagged, id])
            try Audit.record(db, staff: user, action: "flag", entity: "grant_application", entityID: id,
                             details: "flagged: \(a.flagged) → \(flagged)")
            try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "flag",
                                note: flagged ? "Flagget." : "Flagg fjernet.")
        }
    }

    static func hasConflict(_ db: Database, _ id: RowID, _ staff: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grant_conflict WHERE application_id = ? AND staff = ?)",
                          arguments: [id, staff]) ?? false
    }

    /// The id of an application by its reference.
    public func applicationID(reference: String) throws(StoreError) -> RowID? {
        try read { try RowID.fetchOne($0, sql: "SELECT id FROM grant_application WHERE reference = ?", arguments: [reference]) }
    }
}
