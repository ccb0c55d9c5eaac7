import DugnadCore
import GRDB

/// Writes the demo's volunteers, requests (the generated ones and the seed's own), assignments, hours and
/// politiattest seen into the v7 tables, one prepared statement per table.
struct DemoVolunteerWriter {
    let db: Database

    init(_ db: Database) { self.db = db }

    func write(volunteers: [DemoVolunteerRow], requests: DemoRequests.Output, today: CivilDate) throws {
        let vcols = ["id"] + VolunteerRows.columns
        let volunteer = try db.makeStatement(sql: "INSERT INTO volunteer (\(vcols.joined(separator: ", "))) VALUES (\(vcols.map { _ in "?" }.joined(separator: ", ")))")
        let attest = try db.makeStatement(sql: "INSERT INTO politiattest_seen (volunteer_id, kind, seen_on, seen_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
        for row in volunteers {
            var v = row.volunteer
            if !row.dataConsent { v.dataConsent = nil }
            try volunteer.execute(arguments: VolunteerRows.arguments([v.id] + v.columnValues))
            for a in row.politiattester {
                try attest.execute(arguments: [v.id, a.kind.rawValue, a.seenOn.iso, a.seenBy, "\(a.seenOn.iso)T12:00:00Z"])
            }
        }
        let rcols = ["id"] + VolunteerRows.requestColumns + ["status_reason"]
        let request = try db.makeStatement(sql: "INSERT INTO volunteer_request (\(rcols.joined(separator: ", "))) VALUES (\(rcols.map { _ in "?" }.joined(separator: ", ")))")
        var lastID: RowID = 0
        for row in requests.requests {
            var r = row.request
            r.createdOn = row.createdOn
            try request.execute(arguments: VolunteerRows.arguments([r.id] + r.columnValues + [r.status == .cancelled ? "Trukket av tjenesten" : ""]))
            lastID = max(lastID, r.id)
        }
        for (n, named) in DemoRequestDetails.named(today: today).enumerated() {
            let owner = try RowID.fetchOne(db, sql: named.ownerIsService ? "SELECT id FROM service WHERE name = ?"
                                                                          : "SELECT id FROM organisation WHERE name = ? ORDER BY id LIMIT 1",
                                           arguments: [named.owner])
            guard let owner else { continue }
            let r = VolunteerRequest(id: lastID + 1 + RowID(n), title: named.title, description: named.description,
                                     requester: "Frivillighetskontakten", serviceID: named.ownerIsService ? owner : nil,
                                     organisationID: named.ownerIsService ? nil : owner,
                                     kommunedelID: ReferenceData.kommunedeler.first { $0.name == named.kommunedel }?.id,
                                     skills: named.skills, schedule: named.schedule(today), volunteersNeeded: named.needed,
                                     politiattest: named.politiattest, minimumAge: named.minimumAge,
                                     suitableForMinors: named.minors, language: named.language, priority: named.priority,
                                     status: named.status, createdOn: today.adding(days: -(n * 3 % 20)))
            try request.execute(arguments: VolunteerRows.arguments([r.id] + r.columnValues + [""]))
        }
        let assignment = try db.makeStatement(sql: """
            INSERT INTO assignment (id, request_id, volunteer_id, status, decline_reason, proposed_by, proposed_at)
            VALUES (?, ?, ?, ?, ?, 'demo', ?)
            """)
        // Fixed timestamps (not SQLite's clock), so the same seed and date give the same rows.
        let hours = try db.makeStatement(sql: "INSERT INTO volunteer_hours (assignment_id, day, minutes, logged_by, logged_at) VALUES (?, ?, ?, 'demo', ?)")
        let starts = Dictionary(uniqueKeysWithValues: requests.requests.map { ($0.request.id, $0.request.startsOn) })
        for a in requests.assignments {
            let proposedOn = min(today, starts[a.requestID] ?? today).adding(days: -3)
            try assignment.execute(arguments: [a.id, a.requestID, a.volunteerID, a.status.rawValue, a.declineReason,
                                               "\(proposedOn.iso)T10:00:00Z"])
            // The hours as monthly entries (at most a day's 1,440 minutes each), from the start towards today.
            var left = a.minutesLogged
            var day = min(today, starts[a.requestID] ?? today)
            while left > 0 {
                let m = min(left, 1440)
                try hours.execute(arguments: [a.id, day.iso, m, "\(day.iso)T20:00:00Z"])
                left -= m
                day = min(today, day.adding(days: 30))
            }
        }
    }
}
