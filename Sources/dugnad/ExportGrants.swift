import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad export grants --year Y --format csv` — the transparency export:
/// every decided grant of the year, then totals per scheme, group and
/// kommunedel and in all. No contact persons, e-mail or phone numbers, and a
/// private applicant is shown as "Privatperson".
struct ExportGrants: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grants",
        abstract: "Write the year's decided grants as CSV with totals (for publication).")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "The budget year.") var year: Int
    @Option(help: "Output format (only csv).") var format: String = "csv"
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    static let header = "reference,applicant,organisation_number,scheme,group,kommunedel,amount_granted_nok,decided_on,purpose"

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            guard format.lowercased() == "csv" else { throw CLIError.badFormat(format) }
            guard (1900...2100).contains(year) else { throw CLIError.unknownValue(option: "--year", value: String(year)) }
            let rows = try options.open().grantExport(year: year)
            try ExportRange.write(Self.csv(rows), to: output)
        }
    }

    static func kroner(_ m: Money) -> String { String(format: "%lld.%02lld", m.ore / 100, m.ore % 100) }

    static func csv(_ rows: [GrantExportLine]) -> String {
        var lines = [header]
        for r in rows {
            lines.append([r.reference, r.applicant, r.organisationNumber, r.scheme, r.group.rawValue, r.kommunedel,
                          kroner(r.granted), r.decidedOn.iso, r.purpose].map(csvField).joined(separator: ","))
        }
        func total(_ label: String, _ scheme: String, _ group: String, _ kommunedel: String, _ sum: Money) -> String {
            [label, "", "", scheme, group, kommunedel, kroner(sum), "", ""].map(csvField).joined(separator: ",")
        }
        var schemes: [(String, SchemeGroup, Money)] = []
        for r in rows {
            if let i = schemes.firstIndex(where: { $0.0 == r.scheme }) { schemes[i].2 = schemes[i].2 + r.granted }
            else { schemes.append((r.scheme, r.group, r.granted)) }
        }
        for s in schemes { lines.append(total("SUM ordning", s.0, s.1.rawValue, "", s.2)) }
        for g in SchemeGroup.allCases {
            let sum = rows.filter { $0.group == g }.map(\.granted).reduce(.zero, +)
            if sum.ore > 0 { lines.append(total("SUM gruppe", "", g.rawValue, "", sum)) }
        }
        var places: [String: Money] = [:]
        for r in rows { places[r.kommunedel, default: .zero] = places[r.kommunedel, default: .zero] + r.granted }
        for (k, sum) in places.sorted(by: { $0.key < $1.key }) { lines.append(total("SUM kommunedel", "", "", k, sum)) }
        lines.append(total("SUM totalt", "", "", "", rows.map(\.granted).reduce(.zero, +)))
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
