import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

extension CommandRunner {
    /// The coordinator's desk in the Volunteers tab: a volunteer's card, requests, hours, the crisis list —
    /// each one store call (one transaction) answered with a message, failures included.
    func performVolunteerDesk(_ command: VolunteerDeskCommand, send: (Msg) -> Void) {
        let day = today
        func saved(_ phrase: DeskPhrase, _ body: () throws -> RowID) {
            send(answer({ .volunteers(.desk(.saved($0, .volunteers(.desk(phrase))))) }, body))
        }
        switch command {
        case .loadCard(let id):
            send(answer({ .volunteers(.desk(.cardLoaded($0))) }) {
                guard let v = try database.volunteer(id: id) else { throw StoreError.notFound }
                let assignments = try database.assignments(volunteerID: id).map { a in
                    CardAssignment(id: a.id, requestID: a.requestID, title: a.title, status: a.status, minutes: a.minutes,
                                   politiattest: try database.request(id: a.requestID)?.politiattest)
                }
                return VolunteerCard(volunteer: v, attests: try database.politiattester(volunteerID: id), assignments: assignments)
            })
        case .updateVolunteer(let v):
            saved(.volunteerSaved(v.name)) { try database.updateVolunteer(v, today: day); return v.id }
        case .setStatus(let v):
            saved(v.status == .paused ? .paused(v.name) : .activeAgain(v.name)) { try database.updateVolunteer(v, today: day); return v.id }
        case .recordAttest(let id, let kind, let seenOn):
            saved(.attestSaved) { try database.recordPolitiattestSeen(volunteerID: id, kind: kind, seenOn: seenOn, today: day); return id }
        case .loadConfirmation(let volunteer, let request):
            send(answer({ .volunteers(.desk(.confirmationLoaded($0))) }) {
                let text = try database.confirmationOfPurpose(volunteerID: volunteer, requestID: request, today: day)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                return ReadingText(title: lines.first ?? "", lines: lines)
            })
        case .createRequest(let r):
            saved(.requestCreated(r.title)) { try database.createRequest(r, today: day) }
        case .updateRequest(let r):
            saved(.requestSaved) { try database.updateRequest(r); return r.id }
        case .setPriority(let id, let priority):
            saved(.prioritySet(priority)) {
                guard var r = try database.request(id: id) else { throw StoreError.notFound }
                r.priority = priority
                try database.updateRequest(r)
                return id
            }
        case .logHours(let assignment, let on, let minutes, let request):
            saved(.hoursLogged) {
                try database.logHours([.init(assignmentID: assignment, day: on, minutes: minutes)], today: day)
                return request
            }
        case .logGroupHours(let request, let on, let minutes):
            saved(.groupHoursLogged) {
                _ = try database.logHoursForRequest(request, day: on, minutes: minutes, today: day)
                return request
            }
        case .loadHours(let group, let from, let through):
            send(answer({ .volunteers(.desk(.hoursLoaded($0))) }) {
                let grouping = AppDatabase.HoursGrouping(rawValue: group.rawValue) ?? .service
                let rows = try database.hoursTotals(by: grouping, from: from, through: through)
                    .map { HoursTotalRow(key: $0.key, minutes: $0.minutes) }
                return HoursTotals(group: group, from: from, through: through, rows: rows)
            })
        case .loadCrisis(let query):
            send(answer({ .volunteers(.desk(.crisisLoaded($0))) }) {
                CrisisCallList(query: query, volunteers: try database.crisisList(query))
            })
        }
    }

    /// A window of the triage queue; for a frivillighetskontakt (`user` given and following some services up)
    /// only their services' requests, with counts for those services.
    func triageWindow(offset: Int, followedBy user: String?, today day: CivilDate) throws -> TriageSnapshot {
        var own: [RowID]?
        if let user { let ids = try database.servicesFollowedUp(by: user); own = ids.isEmpty ? nil : ids }
        let counts = try database.triageCounts().filter { c in own.map { ids in c.serviceID.map(ids.contains) ?? false } ?? true }
        let total = counts.reduce(0) { $0 + $1.count }
        let start = max(0, min(offset, total - 1))
        let rows = try database.triageQueue(today: day, serviceIDs: own, offset: start, limit: TriageSnapshot.window).map {
            TriageRow(request: $0.request, serviceName: $0.serviceName ?? "", stillNeeded: $0.stillNeeded,
                      waitingDays: $0.waitingDays, overdue: $0.overdue, question: $0.question)
        }
        return TriageSnapshot(rows: rows, counts: counts.map { ServiceCount(name: $0.name, count: $0.count) },
                              offset: start, total: total, ownServices: own.map { _ in counts.map(\.name) }, ownServiceIDs: own)
    }
}
