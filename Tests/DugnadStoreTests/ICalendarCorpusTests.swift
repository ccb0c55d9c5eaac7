import DugnadCore
import DugnadStore
import Foundation
import Testing

/// Real-world calendar files (Tests/ICalendarCorpus, sources in its README)
/// read by the importer and compared occurrence by occurrence, in Oslo wall
/// clock, with an independent expander (python icalendar +
/// recurring-ical-events, installed by .ci/run). An item the importer
/// skips must be reported; a series it stores occurrence by occurrence with
/// a cut must give a subset; everything else must be equal.
@Suite struct ICalendarCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ICalendarCorpus")

    /// The period compared (most files: 2019–2021; the RFC examples have an endless every-20-minutes series from 1997).
    static func window(_ name: String) -> ClosedRange<CivilDate> {
        if name.contains("rfc5545") { return CivilDate(year: 1997, month: 9, day: 1)!...CivilDate(year: 1997, month: 9, day: 30)! }
        return CivilDate(year: 2019, month: 1, day: 1)!...CivilDate(year: 2021, month: 12, day: 31)!
    }

    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".ics") }.sorted()
    }

    @Test func corpusIsThere() { #expect(Self.files().count >= 4) }

    @Test(arguments: files()) func matchesTheReferenceExpander(_ name: String) throws {
        let path = Self.corpus.appendingPathComponent(name).path
        let w = Self.window(name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = ActivityICalendarImport.read(text, options: ICalendarImportOptions(zones: SystemTimeZones.resolver, window: w))
        // Ours: (summary, start) of every occurrence in the window.
        var ours: [String: [String]] = [:]
        var seriesByUID: [String: ActivitySeries] = [:]
        for e in result.events where e.rule != nil {
            seriesByUID[e.uid] = ActivitySeries(uid: e.uid, template: e.activity, rule: e.rule!, exceptions: e.exceptions)
        }
        var replaced: [String: Set<CivilDate>] = [:]
        for e in result.events where e.recurrenceID != nil { replaced[e.uid, default: []].insert(e.recurrenceID!.date) }
        func add(_ a: Activity) { if w.contains(a.start.date) { ours[a.title, default: []].append(a.start.storageText) } }
        for e in result.events {
            if let s = seriesByUID[e.uid], e.recurrenceID == nil {
                for d in s.activeDates(from: w.lowerBound, through: w.upperBound) where !(replaced[e.uid]?.contains(d) ?? false) {
                    var a = s.template
                    a.start = CivilDateTime(date: d, time: s.template.start.time)
                    add(a)
                }
            } else if e.recurrenceID != nil, seriesByUID[e.uid] == nil, result.events.contains(where: { $0.expandedFrom == e.uid }) {
                // An override of a series stored occurrence by occurrence replaces that occurrence.
                ours[e.activity.title, default: []].removeAll { $0 == e.recurrenceID!.storageText }
                if !e.activity.cancelled { add(e.activity) }
            } else if !(e.recurrenceID != nil && e.activity.cancelled) {
                add(e.activity)
            }
        }
        let skippedItems = Set(result.problems.filter(\.skipped).map(\.item))
        let cut = Set(result.problems.compactMap { p -> String? in
            if case .expanded(_, _, _, true) = p.cause { return p.item }
            return nil
        })
        // Theirs.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.corpus.appendingPathComponent("expand.py").path, path, w.lowerBound.iso, w.upperBound.adding(days: 1).iso]
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 icalendar + recurring-ical-events are needed (.ci/run installs them)")
        var theirs: [String: [String]] = [:]
        var cutTitles = Set<String>()
        for line in output.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, let d = CivilDate(iso: String(f[2].prefix(10))), w.contains(d) else { continue }
            if skippedItems.contains(f[0]) || skippedItems.contains(f[1]) { continue }
            let title = f[1].isEmpty ? "(uten tittel)" : f[1]
            let derivedCut = cut.contains { uid in uid.hasPrefix("import-") && result.events.contains { $0.expandedFrom == uid && $0.activity.title == title } }
            if cut.contains(f[0]) || derivedCut {
                cutTitles.insert(title)
            }
            theirs[title, default: []].append(f[2])
        }
        for title in Set(ours.keys).union(theirs.keys) {
            let a = (ours[title] ?? []).sorted(), b = (theirs[title] ?? []).sorted()
            if cutTitles.contains(title) {
                #expect(Set(a).isSubset(of: Set(b)), "\(name): \(title): ours not within the reference")
            } else {
                #expect(a == b, "\(name): \(title): ours \(a.prefix(6)) … (\(a.count)) vs reference \(b.prefix(6)) … (\(b.count))")
            }
        }
    }
}
