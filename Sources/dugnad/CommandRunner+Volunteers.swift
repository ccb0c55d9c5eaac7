import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

extension CommandRunner {
    /// The Volunteers pane's effects, each one store call (one transaction) answered with a message.
    func performVolunteers(_ command: VolunteersCommand, send: (Msg) -> Void) {
        let day = today
        switch command {
        case .desk(let command):
            performVolunteerDesk(command, send: send)
        case .loadTriage(let offset, let user):
            send(answer({ .volunteers(.triageLoaded($0)) }) { try triageWindow(offset: offset, followedBy: user, today: day) })
        case .loadRequest(let id):
            send(answer({ .volunteers(.requestLoaded($0)) }) {
                guard let request = try database.request(id: id) else { throw StoreError.notFound }
                return RequestDetail(request: request, candidates: try database.candidates(requestID: id, today: day),
                                     assignments: try database.assignments(requestID: id).map {
                                         AssignmentRow(id: $0.id, volunteerID: $0.volunteerID, name: $0.name, status: $0.status,
                                                       reason: $0.reason)
                                     },
                                     events: try database.requestEvents(requestID: id).map {
                                         RequestEventRow(step: $0.step, from: $0.from, to: $0.to, staff: $0.staff, note: $0.note)
                                     })
            })
        case .propose(let request, let volunteer):
            send(answer({ .volunteers(.changed($0, .volunteers(.proposed))) }) {
                _ = try database.propose(requestID: request, volunteerID: volunteer, today: day)
                return request
            })
        case .confirm(let assignment, let request):
            send(answer({ .volunteers(.changed($0, .volunteers(.confirmed))) }) {
                try database.confirmAssignment(assignment)
                return request
            })
        case .decline(let assignment, let request, let reason):
            send(answer({ .volunteers(.changed($0, .volunteers(.declined))) }) {
                try database.declineAssignment(assignment, reason: reason)
                return request
            })
        case .step(let step, let request, let note):
            let phrase: VolunteersPhrase = switch step {
            case .reject, .cancel: .rejected
            case .sendBack: .sentBack
            default: .triaged
            }
            send(answer({ .volunteers(.changed($0, .volunteers(phrase))) }) {
                try database.requestStep(step, requestID: request, note: note)
                return request
            })
        case .proposeAll:
            send(answer({ .volunteers(.proposalReady($0)) }) {
                let proposal = try database.proposeMatches(today: day)
                var titles: [RowID: String] = [:], names: [RowID: String] = [:]
                let rows = try proposal.pairs.map { p -> ProposalRow in
                    if titles[p.request] == nil { titles[p.request] = try database.request(id: p.request)?.title ?? "" }
                    if names[p.volunteer] == nil { names[p.volunteer] = try database.volunteer(id: p.volunteer)?.name ?? "" }
                    return ProposalRow(request: p.request, requestTitle: titles[p.request]!, volunteer: p.volunteer,
                                       volunteerName: names[p.volunteer]!, score: p.score)
                }
                return ProposalReview(rows: rows, total: proposal.total, openRequests: proposal.requests.count)
            })
        case .applyProposal(let rows):
            send(answer({ .volunteers(.proposalApplied($0)) }) {
                try database.applyProposal(rows.map { .init(request: $0.request, volunteer: $0.volunteer, score: $0.score) },
                                           today: day)
            })
        case .register(let volunteer):
            send(answer({ .volunteers(.registered($0)) }) { try database.registerVolunteer(volunteer, today: day) })
        }
    }
}
