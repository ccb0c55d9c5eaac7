import Foundation
import DugnadCore
import GRDB

/// Hours logged per assignment and day, with totals for the annual volunteering report.
extension AppDatabase {
    public struct HoursEntry: Sendable, Hashable {
        public var assignmentID: RowID
        public var day: CivilDate
        public var minutes: Int
        public init(assignmentID: RowID, day: CivilDate, minutes: Int) {
            self.assignmentID = assignmentID; self.day = day; self.minutes = minutes
        }
    }

    public enum HoursGrouping: String, Sendable, CaseIterable {
        case volunteer, service, kommunedel, month
    }

    /// Logs hours, one entry or a whole group's at once (all or nothing). Only confirmed or ended
    /// assignments take hours; minutes 1–1440 per entry, never in the future.
    public func logHours(_ entries: [HoursEntry], today: CivilDate) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            for e in entries {
                guard (1...1440).contains(e.minutes) else { throw StoreError.volunteerRefused([.badHours(e.minutes)]) }
                guard e.day <= today else { throw StoreError.volunteerRefused([.badSchedule]) }
                let (_, status) = try Self.assignmentState(db, e.assignmentID)
                guard status == .confirmed || status == .ended else {
                    throw StoreError.volunteerRefused([.assignmentNotIn(status)])
                }
                try db.execute(sql: "INSERT INTO volunteer_hours (assignment_id, day, minutes, logged_by) VALUES (?, ?, ?, ?)",
                               arguments: [e.assignmentID, e.day.iso, e.minutes, staff.username])
            }
            let total = entries.reduce(0) { $0 + $1.minutes }
            try Audit.record(db, staff: staff.username, action: "log_hours", entity: "assignment",
                             entityID: entries.count == 1 ? entries[0].assignmentID : nil,
                             details: "entries: \(entries.count); minutes: \(total); assignments: "
                                + Set(entries.map(\.assignmentID)).sorted().map { String($0) }.joined(separator: ","))
        }
    }

    /// Logs the same hours for every confirmed volunteer on a request (a group shift).
    public func logHoursForRequest(_ requestID: RowID, day: CivilDate, minutes: Int, today: CivilDate) throws(StoreError) -> Int {
        let ids = try read { db in
            try RowID.fetchAll(db, sql: "SELECT id FROM assignment WHERE request_id = ? AND status = 'confirmed' ORDER BY id",
                               arguments: [requestID])
        }
        try logHours(ids.map { HoursEntry(assignmentID: $0, day: day, minutes: minutes) }, today: today)
        return ids.count
    }

    /// Total minutes by volunteer, service, kommunedel or month between two days (inclusive). Erased
    /// volunteers' hours stay in every total without a name.
    public func hoursTotals(by grouping: HoursGrouping, from: CivilDate, through: CivilDate) throws(StoreError) -> [(key: String, minutes: Int)] {
        let key = switch grouping {
        case .volunteer: "CASE WHEN v.erased_at IS NULL THEN v.name || ' (' || v.id || ')' ELSE '(slettet)' END"
        case .service: "coalesce(s.name, o.name, '')"
        case .kommunedel: "coalesce(k.name, '')"
        case .month: "substr(h.day, 1, 7)"
        }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(key) AS k, sum(h.minutes) AS m FROM volunteer_hours h
                JOIN assignment a ON a.id = h.assignment_id JOIN volunteer v ON v.id = a.volunteer_id
                JOIN volunteer_request r ON r.id = a.request_id LEFT JOIN service s ON s.id = r.service_id
                LEFT JOIN organisation o ON o.id = r.organisation_id LEFT JOIN kommunedel k ON k.id = r.kommunedel_id
                WHERE h.day >= ? AND h.day <= ? GROUP BY k ORDER BY \(grouping == .month ? "k" : "m DESC, k")
                """, arguments: [from.iso, through.iso]).map { ($0["k"], $0["m"]) }
        }
    }

    /// Every hours entry in the period as CSV (RFC 4180, header line): day, month, volunteer id, service or
    /// organisation, kommunedel, request, minutes, hours. Erased volunteers appear without a name.
    public func hoursCSV(from: CivilDate, through: CivilDate) throws(StoreError) -> String {
        try read { db in
            var lines = ["dato,maned,frivillig_id,frivillig,tjeneste_eller_organisasjon,kommunedel,foresporsel,minutter,timer"]
            for row in try Row.fetchAll(db, sql: """
                SELECT h.day, v.id AS vid, CASE WHEN v.erased_at IS NULL THEN v.name ELSE '' END AS name,
                       coalesce(s.name, o.name, '') AS owner, coalesce(k.name, '') AS kd, r.title, h.minutes
                FROM volunteer_hours h JOIN assignment a ON a.id = h.assignment_id JOIN volunteer v ON v.id = a.volunteer_id
                JOIN volunteer_request r ON r.id = a.request_id LEFT JOIN service s ON s.id = r.service_id
                LEFT JOIN organisation o ON o.id = r.organisation_id LEFT JOIN kommunedel k ON k.id = r.kommunedel_id
                WHERE h.day >= ? AND h.day <= ? ORDER BY h.day, h.id
                """, arguments: [from.iso, through.iso]) {
                let day: String = row["day"], minutes: Int = row["minutes"]
                let hours = String(format: "%d.%02d", minutes / 60, (minutes % 60) * 100 / 60)
                let vid: Int64 = row["vid"]
                let name: String = row["name"], owner: String = row["owner"], kd: String = row["kd"], title: String = row["title"]
                let fields: [String] = [day, String(day.prefix(7)), String(vid), name, owner, kd, title, String(minutes), hours]
                lines.append(fields.map(Self.csvField).joined(separator: ","))
            }
            return lines.joined(separator: "\r\n") + "\r\n"
        }
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
