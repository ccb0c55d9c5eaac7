import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// The Grants pane's effects, each one store call.
    func performGrants(_ command: GrantsCommand, send: (Msg) -> Void) {
        switch command {
        case .loadCase(let id):
            send(answer({ .grants(.caseLoaded(id, $0)) }) { try database.grantCase(id: id) })
        case .setFlag(let id, let flagged):
            send(answer({ .grants(.flagged($0)) }) { try database.flagApplication(id: id, flagged); return flagged })
        case .tools(let tools):
            performGrantsTools(tools, send: send)
        }
    }
}
