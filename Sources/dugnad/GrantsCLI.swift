import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad grants …` — the grant inbox for scripts: list with the filter language, decision letters, external funds.
struct GrantsCLI: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grants", abstract: "Grant applications: list, letters, external funds.",
                                                    subcommands: [GrantsList.self, GrantsLetter.self, GrantsDecide.self, GrantsConflict.self, GrantsScheme.self,
                                                                  GrantsFunds.self])
}

/// `dugnad grants list [--filter EXPR] [--sort KEY] [--json]` — what the inbox's filter selects.
struct GrantsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list",
        abstract: "List applications the filter language selects (as the Grants tab does); amounts in the filter are kroner.")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Filter, e.g. 'status:received scheme:kultur assignee:me amount>50000 overdue'.") var filter: String = ""
    @Option(help: "Sort: received, deadline, amount, status, applicant or score.") var sort: String = "received"
    @Option(help: "The date 'overdue' and 'new' count from (YYYY-MM-DD; default today).") var today: String?
    @Flag(help: "Print a JSON array of objects.") var json = false

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            guard let order = GrantSort(rawValue: sort) else { throw CLIError.unknownValue(option: "--sort", value: sort) }
            let parsed: GrantFilter
            switch GrantFilterParser.parse(filter) {
            case .success(let f): parsed = f
            case .failure(let e): throw CLIError.store(.badFilter(e))
            }
            let day = try Environment.today(today)
            let database = try options.open()
            let lines: [GrantInboxLine]
            let kommunedeler: [RowID: String]
            do throws(StoreError) {
                lines = try database.grantInbox(parsed, sort: order, today: day, offset: 0, limit: Int.max / 2)
                kommunedeler = Dictionary(uniqueKeysWithValues: try database.kommunedeler().map { ($0.id, $0.name) })
            } catch { throw CLIError.store(error) }
            if json {
                let objects = lines.map { GrantJSON(line: $0, kommunedel: $0.application.kommunedelID.flatMap { kommunedeler[$0] }) }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(objects), as: UTF8.self))
                return
            }
            for l in lines {
                let a = l.application
                print([a.reference, a.receivedOn.iso, a.status.rawValue, a.amountRequested.formatted,
                       a.assignee ?? "–", a.applicantName, l.schemeName].joined(separator: "\t"))
            }
            FileHandle.standardError.write(Data((language == .nb ? "\(lines.count) søknader\n" : "\(lines.count) applications\n").utf8))
        }
    }
}

/// One application in `grants list --json` (stored codes; money in øre; null until decided).
struct GrantJSON: Encodable {
    let line: GrantInboxLine
    let kommunedel: String?

    enum Keys: String, CodingKey {
        case id, reference, year, scheme, group, kind, status, title, amount_applied_ore, amount_granted_ore, decided_on
        case received_on, decision_due, assignee, flagged, kommunedel, applicant, organisation_id, score, tags, conflict
    }

    func encode(to encoder: Encoder) throws {
        let a = line.application
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(a.id, forKey: .id)
        try c.encode(a.reference, forKey: .reference)
        try c.encode(a.year, forKey: .year)
        try c.encode(line.schemeName, forKey: .scheme)
        try c.encode(line.group.rawValue, forKey: .group)
        try c.encode(line.kind.rawValue, forKey: .kind)
        try c.encode(a.status.rawValue, forKey: .status)
        try c.encode(a.title, forKey: .title)
        try c.encode(a.amountRequested.ore, forKey: .amount_applied_ore)
        try c.encode(a.amountGranted?.ore, forKey: .amount_granted_ore)
        try c.encode(a.decidedOn?.iso, forKey: .decided_on)
        try c.encode(a.receivedOn.iso, forKey: .received_on)
        try c.encode(a.decisionDue?.iso, forKey: .decision_due)
        try c.encode(a.assignee, forKey: .assignee)
        try c.encode(a.flagged, forKey: .flagged)
        try c.encode(kommunedel, forKey: .kommunedel)
        try c.encode(a.applicantName, forKey: .applicant)
        try c.encode(a.organisationID, forKey: .organisation_id)
        try c.encode(a.scoreMilli.map { Double($0) / 1000 }, forKey: .score)
        try c.encode(line.tags, forKey: .tags)
        try c.encode(line.hasConflict, forKey: .conflict)
    }
}
