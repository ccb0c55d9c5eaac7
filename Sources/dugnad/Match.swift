import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad match` — the optimal proposal for all open requests (maximum total score; each request at most
/// the volunteers it still needs, each volunteer at most one new assignment). Nothing is saved without
/// `--apply`.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose the optimal matching of volunteers to all open requests (saved only with --apply).")
    @OptionGroup var options: DatabaseOptions
    @Flag(help: "Print one JSON object: total, requests [{id, needed}], pairs [{request, volunteer, score}].") var json = false
    @Flag(help: "With --json: add every feasible pair with a positive score as candidates.") var candidates = false
    @Flag(help: "Save the proposal as proposed assignments (one transaction).") var apply = false
    @Option(help: "Fix today's date (YYYY-MM-DD).") var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let day = try Environment.today(today)
            let database = try options.open()
            let proposal = try database.proposeMatches(today: day, includeCandidates: json && candidates)
            if apply { try database.applyProposal(proposal.pairs, today: day) }
            if json {
                print(Self.json(proposal, candidates: candidates))
            } else {
                let nb = language == .nb
                print(nb ? "\(proposal.pairs.count) forslag for \(proposal.requests.count) åpne forespørsler, total poengsum \(proposal.total)."
                         : "\(proposal.pairs.count) proposals for \(proposal.requests.count) open requests, total score \(proposal.total).")
                for p in proposal.pairs.prefix(40) {
                    print(nb ? "  forespørsel \(p.request) ← frivillig \(p.volunteer)  (\(p.score) poeng)"
                             : "  request \(p.request) ← volunteer \(p.volunteer)  (\(p.score) points)")
                }
                if proposal.pairs.count > 40 { print("  …") }
                print(apply ? (nb ? "Lagret som foreslåtte oppdrag." : "Saved as proposed assignments.")
                            : (nb ? "Ingenting er lagret (bruk --apply)." : "Nothing was saved (use --apply)."))
            }
        }
    }

    static func json(_ p: AppDatabase.MatchProposal, candidates: Bool) -> String {
        func pairs(_ list: [AppDatabase.MatchPair]) -> String {
            "[" + list.map { "{\"request\":\($0.request),\"volunteer\":\($0.volunteer),\"score\":\($0.score)}" }
                .joined(separator: ",") + "]"
        }
        var out = "{\"total\":\(p.total),\"requests\":["
            + p.requests.map { "{\"id\":\($0.id),\"needed\":\($0.needed)}" }.joined(separator: ",") + "],\"pairs\":" + pairs(p.pairs)
        if candidates { out += ",\"candidates\":" + pairs(p.candidates) }
        return out + "}"
    }
}
