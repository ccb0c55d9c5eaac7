import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation
import TerminalKit

/// `dugnad crisis` — the beredskap call list: active adult volunteers available on a day, with given
/// skills in given kommunedeler, with phone numbers (opening it is audited). CSV with --csv.
struct Crisis: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print or export the crisis (beredskap) call list.")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "The day (default today).") var day: String?
    @Option(help: "A skill (repeatable; any of them).") var skill: [String] = []
    @Option(help: "A kommunedel, name or id (repeatable).") var kommunedel: [String] = []
    @Flag(help: "Write CSV (name, phone, kommunedel, skills).") var csv = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = Environment.osloToday()
            let date = try ExportRange.parse(day, today: today, language: language) ?? today
            let ids = try kommunedel.map { text -> RowID in
                let found = ReferenceData.kommunedeler.first { String($0.id) == text || $0.name.lowercased() == text.lowercased() }
                guard let found else { throw CLIError.unknownValue(option: "--kommunedel", value: text) }
                return found.id
            }
            let database = try options.open()
            let list = try database.crisisList(CrisisQuery(day: date, skills: skill, kommunedelIDs: ids))
            func kd(_ id: RowID?) -> String { ReferenceData.kommunedeler.first { $0.id == id }?.name ?? "" }
            let text: String
            if csv {
                text = (["navn,telefon,kommunedel,ferdigheter"] + list.map { v in
                    [v.name, v.phone, kd(v.kommunedelID), v.skills.joined(separator: "; ")].map { f in
                        f.contains(",") || f.contains("\"") ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
                    }.joined(separator: ",")
                }).joined(separator: "\r\n") + "\r\n"
            } else {
                let head = language == .nb ? "Ringeliste \(date.norwegian): \(list.count) frivillige" : "Call list \(date.norwegian): \(list.count) volunteers"
                var lines = [head]
                for v in list {
                    let cells: [String] = [pad(v.name, toWidth: 28), pad(v.phone, toWidth: 12), pad(kd(v.kommunedelID), toWidth: 22),
                                           v.skills.joined(separator: ", ")]
                    lines.append(cells.joined(separator: "  "))
                }
                text = lines.joined(separator: "\n") + "\n"
            }
            try ExportRange.write(text, to: output)
        }
    }
}
