import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// The case view's effects, each one store call (one transaction), answered with what was done or why not.
    func performGrantCase(_ command: GrantCaseCommand, send: (Msg) -> Void) {
        func saved(_ id: RowID, _ body: () throws -> GrantCaseDone) {
            send(answer({ .grants(.work(.saved(id, $0))) }, body))
        }
        switch command {
        case .transition(let id, let target, let note, let day):
            saved(id) { try database.transitionApplication(id: id, to: target, note: note, on: day); return .moved(target) }
        case .assign(let id, let who):
            saved(id) { try database.assignApplication(id: id, to: who); return .assigned(who) }
        case .loadStaff(let id):
            send(answer({ .grants(.work(.staffLoaded(id, $0))) }) { try database.staffMembers() })
        case .score(let id, let entries):
            saved(id) { try database.scoreApplication(id: id, scores: entries); return .scored(entries.count) }
        case .declareConflict(let id, let reason):
            saved(id) { try database.declareConflict(id: id, reason: reason); return .conflictDeclared }
        case .recommend(let id, let grant, let amount, let note):
            saved(id) { try database.recommendApplication(id: id, grant: grant, amount: amount, note: note); return .recommended }
        case .decide(let id, let decision, let day):
            saved(id) { .decided(try database.decideApplication(id: id, decision, on: day).status) }
        case .registerAppeal(let id, let received, let grounds):
            saved(id) { try database.registerAppeal(id: id, receivedOn: received, grounds: grounds); return .appealRegistered }
        case .settleAppeal(let id, let outcome, let note, let day):
            saved(id) { try database.settleAppeal(id: id, outcome, note: note, on: day); return .appealSettled(outcome) }
        case .loadLetter(let reference):
            send(answer({ .grants(.work(.letterLoaded(reference, $0))) }) { try database.decisionLetterFacts(reference: reference) })
        }
    }
}
