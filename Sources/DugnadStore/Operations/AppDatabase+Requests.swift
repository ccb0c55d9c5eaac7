import DugnadCore
import GRDB

/// Requests for volunteers: creation, the triage steps and the triage queue.
extension AppDatabase {
    /// A request in the triage queue, with what the queue shows beside it.
    public struct TriageItem: Sendable, Hashable {
        public var request: VolunteerRequest
        public var serviceName: String?
        /// Places still open (needed − proposed − confirmed).
        public var stillNeeded: Int
        /// Days since it came in.
        public var waitingDays: Int
        /// Waiting more than 14 days without a single match: shown so it stands out.
        public var overdue: Bool
        public var question: String
    }

    /// Creates a request with status `new` (or what `request.status` says when it is triaged already).
    public func createRequest(_ request: VolunteerRequest, today: CivilDate) throws(StoreError) -> RowID {
        try change(.handleVolunteers) { db, staff in
            var r = request
            r.title = r.title.trimmingWhitespace()
            r.createdOn = today
            let problems = VolunteerValidation.problems(r, knownSkills: try Self.skillNames(db))
            guard problems.isEmpty else { throw StoreError.volunteerRefused(problems) }
            let cols = VolunteerRows.requestColumns
            try db.execute(sql: "INSERT INTO volunteer_request (\(cols.joined(separator: ", "))) VALUES (\(cols.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: VolunteerRows.arguments(r.columnValues))
            let id = db.lastInsertedRowID
            try Audit.record(db, staff: staff.username, action: "create", entity: "volunteer_request", entityID: id,
                             details: "title: \(r.title); needed: \(r.volunteersNeeded); status: \(r.status.rawValue)")
            return id
        }
    }

    /// Saves an edited request (title, schedule, skills, priority, …); the status is kept.
    public func updateRequest(_ request: VolunteerRequest) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            guard let old = try Self.request(db, id: request.id) else { throw StoreError.notFound }
            var r = request
            r.status = old.status; r.createdOn = old.createdOn
            let problems = VolunteerValidation.problems(r, knownSkills: try Self.skillNames(db).union(old.skills))
            guard problems.isEmpty else { throw StoreError.volunteerRefused(problems) }
            let set = VolunteerRows.requestColumns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE volunteer_request SET \(set) WHERE id = ?",
                           arguments: VolunteerRows.arguments(r.columnValues + [r.id]))
            try Audit.record(db, staff: staff.username, action: "update", entity: "volunteer_request", entityID: r.id,
                             details: "title: \(r.title); priority: \(r.priority.rawValue); needed: \(r.volunteersNeeded)")
        }
    }

    /// One triage step: triage (optionally setting the priority), start matching, send back with a question,
    /// reject or cancel with a reason, complete. Refused when the step is not allowed from the current status.
    public func requestStep(_ step: RequestWorkflow.Step, requestID: RowID, note: String = "",
                            priority: Priority? = nil) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            try Self.applyStep(db, step, requestID: requestID, note: note, priority: priority, staff: staff.username)
        }
    }

    static func applyStep(_ db: Database, _ step: RequestWorkflow.Step, requestID: RowID, note: String,
                          priority: Priority?, staff: String) throws {
        guard let r = try request(db, id: requestID) else { throw StoreError.notFound }
        let text = note.trimmingWhitespace()
        guard let next = RequestWorkflow.apply(step, to: r.status) else {
            throw StoreError.volunteerRefused([.stepNotAllowed(step, r.status)])
        }
        if RequestWorkflow.needsReason(step) && text.isEmpty { throw StoreError.volunteerRefused([.reasonRequired]) }
        try db.execute(sql: """
            UPDATE volunteer_request SET status = ?, priority = coalesce(?, priority),
                question = CASE WHEN ? = 'send_back' THEN ? WHEN ? = 'triage' THEN '' ELSE question END,
                status_reason = CASE WHEN ? IN ('reject', 'cancel') THEN ? ELSE status_reason END
            WHERE id = ?
            """, arguments: [next.rawValue, priority?.rawValue, step.rawValue, text, step.rawValue, step.rawValue, text,
                             requestID])
        try db.execute(sql: """
            INSERT INTO request_event (request_id, staff, step, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [requestID, staff, step.rawValue, r.status.rawValue, next.rawValue, text])
        try Audit.record(db, staff: staff, action: step.rawValue, entity: "volunteer_request", entityID: requestID,
                         details: "status: \(r.status.rawValue) → \(next.rawValue)"
                            + (priority.map { "; priority: \(r.priority.rawValue) → \($0.rawValue)" } ?? "")
                            + (text.isEmpty ? "" : "; note: \(text)"))
    }

    public func request(id: RowID) throws(StoreError) -> VolunteerRequest? {
        try read { try Self.request($0, id: id) }
    }

    static func request(_ db: Database, id: RowID) throws -> VolunteerRequest? {
        try db.decodeAll("SELECT * FROM volunteer_request WHERE id = ?", [id], VolunteerRequest.init(row:)).first
    }

    /// The triage queue: new requests and those triaged but not yet matched, most urgent then oldest first.
    /// `serviceIDs` limits it to a frivillighetskontakt's own services.
    public func triageQueue(today: CivilDate, serviceIDs: [RowID]? = nil, offset: Int = 0,
                            limit: Int = 200) throws(StoreError) -> [TriageItem] {
        let own = serviceIDs.map { " AND r.service_id IN (\($0.map { String($0) }.joined(separator: ",")))" } ?? ""
        return try read { db in
            try db.decodeAll("""
                SELECT r.*, s.name AS service_name,
                       r.volunteers_needed - (SELECT count(*) FROM assignment a WHERE a.request_id = r.id
                                              AND a.status IN ('proposed', 'confirmed')) AS still_needed,
                       (SELECT count(*) FROM assignment a WHERE a.request_id = r.id) AS ever_matched
                FROM volunteer_request r LEFT JOIN service s ON s.id = r.service_id
                WHERE r.status IN ('new', 'triaged', 'matching')\(own)
                ORDER BY CASE r.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
                         r.created_on, r.id
                LIMIT ? OFFSET ?
                """, [max(0, limit), max(0, offset)]) { row in
                let r = try VolunteerRequest(row: row)
                let waiting = r.createdOn.days(until: today)
                return TriageItem(request: r, serviceName: row["service_name"], stillNeeded: max(0, row["still_needed"]),
                                  waitingDays: waiting, overdue: waiting > 14 && (row["ever_matched"] as Int) == 0,
                                  question: row["question"])
            }
        }
    }

    /// Requests waiting for triage or a match, per service (organisations' requests under nil).
    public func triageCounts() throws(StoreError) -> [(serviceID: RowID?, name: String, count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.service_id, coalesce(s.name, '') AS name, count(*) AS n FROM volunteer_request r
                LEFT JOIN service s ON s.id = r.service_id WHERE r.status IN ('new', 'triaged', 'matching')
                GROUP BY r.service_id ORDER BY n DESC, name
                """).map { ($0["service_id"], $0["name"], $0["n"]) }
        }
    }

    /// The case timeline of a request.
    public func requestEvents(requestID: RowID) throws(StoreError) -> [(step: String, from: String, to: String, staff: String, note: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM request_event WHERE request_id = ? ORDER BY id", arguments: [requestID])
                .map { ($0["step"], $0["from_status"], $0["to_status"], $0["staff"], $0["note"]) }
        }
    }
}
