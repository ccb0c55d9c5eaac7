import DugnadCore
import GRDB

/// Matching: ranked candidates for one request, the optimal proposal for all open requests, and the
/// assignment steps (propose, confirm, decline, end).
extension AppDatabase {
    /// The optimal proposal for every open request (nothing is saved until `applyProposal`).
    public struct MatchProposal: Sendable {
        public var requests: [(id: RowID, needed: Int)]
        public var pairs: [MatchPair]
        public var total: Int
        /// Every feasible pair with a positive score (for checking the optimum with another solver).
        public var candidates: [MatchPair]
        public var volunteerCount: Int
    }

    public struct MatchPair: Sendable, Hashable {
        public var request: RowID
        public var volunteer: RowID
        public var score: Int
        public init(request: RowID, volunteer: RowID, score: Int) {
            self.request = request; self.volunteer = volunteer; self.score = score
        }
    }

    // MARK: - Reading what matching needs

    /// Active volunteers with consent (only those with one of `skills` when given), with their attests,
    /// commitments and earlier good matches.
    static func situations(_ db: Database, skills: [String]?, today: CivilDate,
                           attests: Bool = true) throws -> [VolunteerSituation] {
        var filter = "v.status = 'active' AND v.data_consent_on IS NOT NULL AND v.erased_at IS NULL"
        var arguments: StatementArguments = []
        if let skills, !skills.isEmpty {
            filter += " AND v.id IN (SELECT volunteer_id FROM volunteer_skill WHERE skill IN (\(skills.map { _ in "?" }.joined(separator: ","))))"
            arguments += StatementArguments(skills)
        }
        let volunteers = try db.decodeAll("SELECT v.* FROM volunteer v WHERE \(filter) ORDER BY v.id", arguments,
                                          Volunteer.init(row:))
        guard !volunteers.isEmpty else { return [] }
        var index = [RowID: Int](minimumCapacity: volunteers.count)
        for (i, v) in volunteers.enumerated() { index[v.id] = i }
        var situations = volunteers.map { VolunteerSituation(volunteer: $0) }

        let cursor = try Row.fetchCursor(db, sql: """
            SELECT a.volunteer_id, a.request_id, a.status, a.rating, a.hours_logged_min, r.status AS request_status,
                   r.service_id, r.skills, \(VolunteerRows.scheduleColumns.split(separator: ",").map { "r." + $0.trimmingWhitespace() }.joined(separator: ", "))
            FROM assignment a JOIN volunteer_request r ON r.id = a.request_id JOIN volunteer v ON v.id = a.volunteer_id
            WHERE \(filter)
            """, arguments: arguments)
        while let row = try cursor.next() {
            guard let i = index[row["volunteer_id"]] else { continue }
            let requestID: RowID = row["request_id"]
            situations[i].requestIDs.insert(requestID)
            let status: String = row["status"]
            let requestStatus: String = row["request_status"]
            let schedule = try VolunteerRows.schedule(row)
            if (status == "proposed" || status == "confirmed") && requestStatus != "completed"
                && requestStatus != "cancelled" && schedule.runs(onOrAfter: today) {
                situations[i].commitments.append(Commitment(requestID: requestID, schedule: schedule))
            }
            let rating: String? = row["rating"]
            if rating == "good" || (status == "ended" && rating == nil && (row["hours_logged_min"] as Int) > 0) {
                situations[i].goodMatches.append(GoodMatch(serviceID: row["service_id"],
                                                           skills: StoredForms.tags(row["skills"] as String)))
            }
        }
        // Attests only where the request needs one (ranking) or for everyone (match all).
        guard attests else { return situations }
        let seen = try politiattester(db, volunteerIDs: nil)
        for i in situations.indices { situations[i].politiattester = seen[situations[i].volunteer.id] ?? [] }
        return situations
    }

    static func renewalMonths(_ db: Database) throws -> [RowID: Int] {
        var result: [RowID: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, politiattest_renewal_months FROM service WHERE politiattest_renewal_months IS NOT NULL") {
            result[row["id"]] = row["politiattest_renewal_months"]
        }
        return result
    }

    static func stillNeeded(_ db: Database, _ r: VolunteerRequest) throws -> Int {
        let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM assignment WHERE request_id = ? AND status IN ('proposed', 'confirmed')",
                                     arguments: [r.id]) ?? 0
        return max(0, r.volunteersNeeded - taken)
    }

    // MARK: - One request: `candidates(requestID:today:limit:)` in AppDatabase+MatchReads.swift

    // MARK: - All open requests

    /// The optimal proposal over all triaged and matching requests that still need volunteers.
    public func proposeMatches(today: CivilDate, includeCandidates: Bool = false) throws(StoreError) -> MatchProposal {
        try read { db in
            let open = try db.decodeAll("""
                SELECT r.*, r.volunteers_needed - (SELECT count(*) FROM assignment a WHERE a.request_id = r.id
                                                   AND a.status IN ('proposed', 'confirmed')) AS still_needed
                FROM volunteer_request r WHERE r.status IN ('triaged', 'matching') ORDER BY r.id
                """, StatementArguments()) { (try VolunteerRequest(row: $0), $0["still_needed"] as Int) }
                .filter { $0.1 > 0 && $0.0.schedule.runs(onOrAfter: today) }
            let situations = try Self.scoringSituations(db, filter: "", [], today: today, attests: true)
            return Self.optimalProposal(open, situations, renewal: try Self.renewalMonths(db), today: today,
                                        includeCandidates: includeCandidates)
        }
    }

    /// The scoring and the optimiser over already-read requests and volunteers (also used by the bench).
    public static func optimalProposal(_ open: [(VolunteerRequest, Int)], _ situations: [VolunteerSituation],
                                       renewal: [RowID: Int], today: CivilDate,
                                       includeCandidates: Bool) -> MatchProposal {
        // Scores and hard rules as `MatchScore` and `MatchRules` decide them, prepared once per request and
        // volunteer (`MatchTable`); a request only looks at the volunteers who share one of its skills.
        let table = MatchTable(requests: open.map(\.0), situations: situations,
                               renewalMonths: open.map { r in r.0.serviceID.flatMap { renewal[$0] } }, today: today)
        let candidates = table.candidates()
        let solution = AssignmentOptimizer.solve(needed: open.map(\.1), volunteerCount: situations.count,
                                                 candidates: candidates)
        func pair(_ p: AssignmentOptimizer.Pair) -> MatchPair {
            MatchPair(request: open[p.request].0.id, volunteer: situations[p.volunteer].volunteer.id, score: p.score)
        }
        return MatchProposal(requests: open.map { ($0.0.id, $0.1) }, pairs: solution.pairs.map(pair), total: solution.total,
                             candidates: includeCandidates ? candidates.map(pair) : [], volunteerCount: situations.count)
    }

    // MARK: - Assignment steps

    /// Saves the accepted pairs of a proposal as proposed assignments, all or nothing: every pair is checked
    /// against the hard rules again inside the transaction (someone may have changed something since).
    @discardableResult
    public func applyProposal(_ pairs: [MatchPair], today: CivilDate) throws(StoreError) -> Int {
        try change(.handleVolunteers) { db, staff in
            guard Set(pairs.map(\.volunteer)).count == pairs.count else {
                throw StoreError.volunteerRefused([.matchRefused([.alreadyOnRequest])])
            }
            for p in pairs {
                _ = try Self.propose(db, requestID: p.request, volunteerID: p.volunteer, today: today, staff: staff.username)
            }
            return pairs.count
        }
    }

    /// Proposes one volunteer for a request (refused with the hard rules it breaks).
    @discardableResult
    public func propose(requestID: RowID, volunteerID: RowID, today: CivilDate) throws(StoreError) -> RowID {
        try change(.handleVolunteers) { db, staff in
            try Self.propose(db, requestID: requestID, volunteerID: volunteerID, today: today, staff: staff.username)
        }
    }

    static func propose(_ db: Database, requestID: RowID, volunteerID: RowID, today: CivilDate, staff: String) throws -> RowID {
        guard let r = try request(db, id: requestID), try volunteer(db, id: volunteerID) != nil else { throw StoreError.notFound }
        guard RequestWorkflow.isOpenForMatching(r.status) else {
            throw StoreError.volunteerRefused([.stepNotAllowed(.startMatching, r.status)])
        }
        guard try stillNeeded(db, r) > 0 else { throw StoreError.volunteerRefused([.badNeeded(r.volunteersNeeded)]) }
        let situation = try situation(db, volunteerID: volunteerID, today: today)
        let refusals = MatchRules.refusals(r, situation, today: today,
                                           renewalMonths: try r.serviceID.flatMap { try renewalMonths(db)[$0] })
        guard refusals.isEmpty else { throw StoreError.volunteerRefused([.matchRefused(refusals)]) }
        let score = MatchScore.score(r, situation)?.total ?? 0
        try db.execute(sql: "INSERT INTO assignment (request_id, volunteer_id, status, score, proposed_by) VALUES (?, ?, 'proposed', ?, ?)",
                       arguments: [requestID, volunteerID, score, staff])
        let id = db.lastInsertedRowID
        try Audit.record(db, staff: staff, action: "propose", entity: "assignment", entityID: id,
                         details: "request: \(requestID); volunteer: \(volunteerID); score: \(score)")
        if r.status == .triaged {
            try applyStep(db, .startMatching, requestID: requestID, note: "", priority: nil, staff: staff)
        }
        return id
    }

    /// One volunteer's situation, read whatever their status (the rules then say what is wrong).
    static func situation(_ db: Database, volunteerID: RowID, today: CivilDate) throws -> VolunteerSituation {
        guard let v = try volunteer(db, id: volunteerID) else { throw StoreError.notFound }
        var s = VolunteerSituation(volunteer: v, politiattester: try politiattester(db, volunteerIDs: [volunteerID])[volunteerID] ?? [])
        for row in try Row.fetchAll(db, sql: """
            SELECT a.request_id, a.status, r.status AS request_status, \(VolunteerRows.scheduleColumns.split(separator: ",").map { "r." + $0.trimmingWhitespace() }.joined(separator: ", "))
            FROM assignment a JOIN volunteer_request r ON r.id = a.request_id WHERE a.volunteer_id = ?
            """, arguments: [volunteerID]) {
            let requestID: RowID = row["request_id"]
            s.requestIDs.insert(requestID)
            let status: String = row["status"], requestStatus: String = row["request_status"]
            let schedule = try VolunteerRows.schedule(row)
            if (status == "proposed" || status == "confirmed") && requestStatus != "completed"
                && requestStatus != "cancelled" && schedule.runs(onOrAfter: today) {
                s.commitments.append(Commitment(requestID: requestID, schedule: schedule))
            }
        }
        return s
    }

    /// The volunteer said yes: the assignment is confirmed; a request with all its places confirmed is filled.
    public func confirmAssignment(_ id: RowID) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            let (requestID, status) = try Self.assignmentState(db, id)
            guard status == .proposed else { throw StoreError.volunteerRefused([.assignmentNotIn(status)]) }
            try db.execute(sql: "UPDATE assignment SET status = 'confirmed', decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), decided_by = ? WHERE id = ?",
                           arguments: [staff.username, id])
            try Audit.record(db, staff: staff.username, action: "confirm", entity: "assignment", entityID: id, details: "request: \(requestID)")
            let r = try Self.request(db, id: requestID)!
            let confirmed = try Int.fetchOne(db, sql: "SELECT count(*) FROM assignment WHERE request_id = ? AND status = 'confirmed'",
                                             arguments: [requestID]) ?? 0
            if r.status == .matching && confirmed >= r.volunteersNeeded {
                try Self.applyStep(db, .fill, requestID: requestID, note: "", priority: nil, staff: staff.username)
            }
        }
    }

    /// The volunteer (or the service) said no, with a reason; the place is open again.
    public func declineAssignment(_ id: RowID, reason: String) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            let (requestID, status) = try Self.assignmentState(db, id)
            guard status == .proposed else { throw StoreError.volunteerRefused([.assignmentNotIn(status)]) }
            let text = reason.trimmingWhitespace()
            guard !text.isEmpty else { throw StoreError.volunteerRefused([.reasonRequired]) }
            try db.execute(sql: """
                UPDATE assignment SET status = 'declined', decline_reason = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                    decided_by = ? WHERE id = ?
                """, arguments: [text, staff.username, id])
            try Audit.record(db, staff: staff.username, action: "decline", entity: "assignment", entityID: id,
                             details: "request: \(requestID); reason: \(text)")
        }
    }

    /// A confirmed assignment is over (with how it went); a filled request that still runs is open again.
    public func endAssignment(_ id: RowID, on day: CivilDate, rating: String? = nil) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            let (requestID, status) = try Self.assignmentState(db, id)
            guard status == .confirmed else { throw StoreError.volunteerRefused([.assignmentNotIn(status)]) }
            guard rating == nil || rating == "good" || rating == "poor" else { throw StoreError.volunteerRefused([.reasonRequired]) }
            try db.execute(sql: "UPDATE assignment SET status = 'ended', ended_on = ?, rating = ? WHERE id = ?",
                           arguments: [day.iso, rating, id])
            try Audit.record(db, staff: staff.username, action: "end", entity: "assignment", entityID: id,
                             details: "request: \(requestID); ended_on: \(day.iso); rating: \(rating ?? "")")
            let r = try Self.request(db, id: requestID)!
            if r.status == .filled && r.schedule.runs(onOrAfter: day.adding(days: 1)) {
                try Self.applyStep(db, .reopen, requestID: requestID, note: "", priority: nil, staff: staff.username)
            }
        }
    }

    static func assignmentState(_ db: Database, _ id: RowID) throws -> (RowID, AssignmentStatus) {
        guard let row = try Row.fetchOne(db, sql: "SELECT request_id, status FROM assignment WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound
        }
        return (row["request_id"], try StoredForms.enumValue(AssignmentStatus.self, row["status"]))
    }

    /// A volunteer's assignments with request titles and hours, newest first (for the pane's side panel).
    public func assignments(volunteerID: RowID) throws(StoreError) -> [(id: RowID, requestID: RowID, title: String, status: AssignmentStatus, minutes: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.request_id, r.title, a.status, a.hours_logged_min FROM assignment a
                JOIN volunteer_request r ON r.id = a.request_id WHERE a.volunteer_id = ? ORDER BY a.id DESC
                """, arguments: [volunteerID]).map {
                ($0["id"], $0["request_id"], $0["title"], try StoredForms.enumValue(AssignmentStatus.self, $0["status"]),
                 $0["hours_logged_min"])
            }
        }
    }

    /// A request's assignments (volunteer names and statuses).
    public func assignments(requestID: RowID) throws(StoreError) -> [(id: RowID, volunteerID: RowID, name: String, status: AssignmentStatus, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.volunteer_id, v.name, a.status, a.decline_reason FROM assignment a
                JOIN volunteer v ON v.id = a.volunteer_id WHERE a.request_id = ? ORDER BY a.id
                """, arguments: [requestID]).map {
                ($0["id"], $0["volunteer_id"], $0["name"], try StoredForms.enumValue(AssignmentStatus.self, $0["status"]),
                 $0["decline_reason"])
            }
        }
    }
}
