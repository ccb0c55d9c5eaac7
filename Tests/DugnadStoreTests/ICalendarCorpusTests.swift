import DugnadCore
import DugnadStore
import Foundation
import Testing

/// Real-world calendar files we did not write, read by the importer and
/// compared occurrence by occurrence, in Oslo wall clock, with an independent
/// expander (python icalendar + recurring-ical-events, installed by .ci/run).
/// The corpus is our four files (Tests/ICalendarCorpus) plus every .ics file
/// the two installed packages ship with their test suites (Google, Outlook,
/// Apple, Thunderbird, SabreDAV, Nextcloud, broken ones on purpose), read in
/// place. ONE python process expands them all (`expand.py --corpus`).
///
/// Each file must: never crash the reader; give a report (what was imported,
/// what skipped and why, one line each); and, where the reference reads it,
/// give exactly the reference's occurrences in the compared window — or be
/// named in `ICalendarCorpusDifferences.expected` with its reason, so a new
/// mismatch fails and a fixed one asks for its entry to go.
@Suite struct ICalendarCorpusTests {
    static let ours = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ICalendarCorpus")
    static let reference = ICalendarCorpusReference.load(ours: ours)

    static func names() -> [String] { reference.files.map(\.name) }

    @Test func corpusIsThere() throws {
        try #require(Self.reference.failure == nil, "\(Self.reference.failure ?? "")")
        // 4 of ours + 95 recurring-ical-events + 163 icalendar (3.8.2 / 7.3.2); newer versions ship more.
        #expect(Self.reference.files.count >= 250)
        #expect(Self.reference.files.filter { $0.name.hasPrefix("ours/") }.count == 4)
        // The deliberately broken ones are in it (each read by matchesTheReferenceExpander: none may crash).
        let broken = Self.names().filter { n in ["broken", "invalid", "bad", "error", "fuzz"].contains { n.lowercased().contains($0) } }
        #expect(broken.count >= 20, "\(broken)")
    }

    @Test func everyExpectedDifferenceNamesAFileOfTheCorpus() {
        let names = Set(Self.names())
        for name in ICalendarCorpusDifferences.expected.keys.sorted() where !names.contains(name) {
            Issue.record("\(name) is in the expected-differences table but not in the corpus")
        }
    }

    /// The whole corpus through `dugnad import ics`'s own path (stream reader, store, one transaction per file) into
    /// one real SQLite file: no file may crash it or fail but with a translated reason.
    @Test func everyFileImportsIntoARealDatabase() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("corpus.sqlite"), user: "anna")
        var created = 0, refused: [String] = []
        for file in Self.reference.files {
            let window = CivilDate(iso: file.window[0])!...CivilDate(iso: file.window[1])!
            do {
                let r = try db.importICalendar(file: TextFileReader(path: file.path),
                                               options: ICalendarImportOptions(zones: SystemTimeZones.resolver, window: window))
                created += r.summary.created
            } catch let f as TextFileReader.Failure {
                #expect(!f.english.isEmpty && !f.bokmal.isEmpty)
                refused.append(file.name)
            } catch {
                Issue.record("\(file.name): \(error)")
            }
        }
        #expect(created > 500)
        // Only the file with a NUL byte in a component name is not text.
        #expect(refused == ["icalendar/tests/calendars/fuzz_testcase_0_char_in_component_name.ics"])
    }

    @Test(arguments: names()) func matchesTheReferenceExpander(_ name: String) throws {
        let file = try #require(Self.reference.files.first { $0.name == name })
        let outcome = ICalendarCorpusComparison(file)
        // (b) A report: every item imported or named with a reason.
        #expect(!outcome.report.isEmpty)
        for p in outcome.problems { #expect(!p.english.isEmpty && !p.bokmal.isEmpty) }
        let expected = ICalendarCorpusDifferences.expected[name]
        if file.error != nil {
            // The reference cannot read the file at all: ours must only not crash (and has given its report).
            if case .differs = expected { Issue.record("\(name): the reference cannot read it; its table entry is moot") }
            return
        }
        let exact = outcome.mismatches(excludingSkipped: false)
        switch expected {
        case nil:
            for m in exact { Issue.record("\(name): \(m)\n\(outcome.report)") }
        case .refused(let why)?:
            #expect(!exact.isEmpty, "\(name) now matches exactly; remove its table entry (\(why))")
            let rest = outcome.mismatches(excludingSkipped: true)
            #expect(outcome.problems.contains { $0.skipped }, "\(name): expected a skipped item (\(why))")
            for m in rest { Issue.record("\(name): beyond the skipped items: \(m)\n\(outcome.report)") }
        case .differs(let why)?:
            #expect(!exact.isEmpty, "\(name) now matches exactly; remove its table entry (\(why))")
        }
    }
}

/// What `expand.py --corpus` printed, read once for the whole suite.
struct ICalendarCorpusReference: Sendable {
    struct File: Sendable, Decodable {
        var name: String
        var path: String
        var window: [String]
        /// Why the reference could not read the file (nil: it did).
        var error: String?
        /// UID, SUMMARY, Oslo start "YYYY-MM-DD HH:MM".
        var occurrences: [[String]]
        /// UID, SUMMARY, reason of events the reference could not expand (not compared).
        var unreadable: [[String]]
    }
    struct Output: Decodable { var packages: [String: String]; var files: [File] }

    var packages: [String: String] = [:]
    var files: [File] = []
    var failure: String?

    static func load(ours: URL) -> ICalendarCorpusReference {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-W", "ignore", ours.appendingPathComponent("expand.py").path, "--corpus", ours.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .init(failure: "python3 could not be started: \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let output = try? JSONDecoder().decode(Output.self, from: data) else {
            return .init(failure: "python3 icalendar + recurring-ical-events are needed (.ci/run installs them)")
        }
        return .init(packages: output.packages, files: output.files)
    }
}

/// One corpus file through the importer, and its occurrences next to the reference's.
struct ICalendarCorpusComparison {
    let file: ICalendarCorpusReference.File
    let window: ClosedRange<CivilDate>
    var readFailure: TextFileReader.Failure?
    var events: [ImportedEvent] = []
    var problems: [ICalendarImportProblem] = []

    init(_ file: ICalendarCorpusReference.File) {
        self.file = file
        window = CivilDate(iso: file.window[0])!...CivilDate(iso: file.window[1])!
        var lines: [String] = []
        do {
            // Read as `dugnad import ics` reads it: any encoding people have, refused with a message when not text.
            try TextFileReader(path: file.path).forEachLine { line, _ in lines.append(String(line)) }
        } catch let f as TextFileReader.Failure { readFailure = f; return } catch { readFailure = .unreadable("\(error)"); return }
        var options = ICalendarImportOptions(zones: SystemTimeZones.resolver, window: window)
        options.maximumOccurrences = 50_000   // compared whole; the importer's cut is tested elsewhere
        let result = ActivityICalendarImport.read(lines.joined(separator: "\n"), options: options)
        events = result.events
        problems = result.problems
    }

    /// What was imported and what not, one line each.
    var report: String {
        if let readFailure { return "not read: \(readFailure.english)" }
        let series = events.filter { $0.rule != nil }.count, overrides = events.filter { $0.recurrenceID != nil }.count
        let expanded = events.filter { $0.expandedFrom != nil }.count
        var lines = ["\(events.count) event(s): \(series) series, \(expanded) single occurrences of series, "
            + "\(overrides) changed occurrences, \(events.count - series - expanded - overrides) one-off"]
        lines += problems.map { "  line \($0.line) \($0.item.isEmpty ? "" : "«\($0.item.prefix(40))» ")\($0.skipped ? "skipped" : "note"): \($0.english)" }
        return lines.joined(separator: "\n")
    }

    /// Ours: Oslo starts in the window, by title (a series expanded as Dugnad stores it, overrides applied).
    var ours: [String: [String]] {
        var out: [String: [String]] = [:]
        var seriesByUID: [String: ActivitySeries] = [:]
        for e in events { if let rule = e.rule { seriesByUID[e.uid] = ActivitySeries(uid: e.uid, template: e.activity, rule: rule, exceptions: e.exceptions) } }
        var replaced: [String: Set<CivilDate>] = [:]
        for e in events { if let r = e.recurrenceID { replaced[e.uid, default: []].insert(r.date) } }
        func key(_ e: ImportedEvent) -> String { Self.key(uid: e.expandedFrom ?? e.uid, title: e.activity.title) }
        func add(_ a: Activity, _ e: ImportedEvent) { if window.contains(a.start.date) { out[key(e), default: []].append(a.start.storageText) } }
        // Events the reference could not expand are not compared.
        let unreadable = Set(file.unreadable.map { $0[0] }.filter { !$0.isEmpty })
        let unreadableTitles = Set(file.unreadable.filter { $0[0].isEmpty }.map { $0[1] })
        // Overrides after every series (Google writes them before their series), as the store places them at the end.
        let ordered = events.filter { $0.recurrenceID == nil } + events.filter { $0.recurrenceID != nil }
        for e in ordered where !unreadable.contains(e.expandedFrom ?? e.uid) && !unreadableTitles.contains(e.activity.title) {
            if let s = seriesByUID[e.uid], e.recurrenceID == nil {
                for d in s.activeDates(from: window.lowerBound, through: window.upperBound) where !(replaced[e.uid]?.contains(d) ?? false) {
                    var a = s.template
                    a.start = CivilDateTime(date: d, time: s.template.start.time)
                    add(a, e)
                }
            } else if let r = e.recurrenceID, seriesByUID[e.uid] == nil, events.contains(where: { $0.expandedFrom == e.uid }) {
                // An override of a series stored occurrence by occurrence replaces that occurrence.
                out[key(e), default: []].removeAll { $0 == r.storageText }
                if !e.activity.cancelled { add(e.activity, e) }
            } else if !(e.recurrenceID != nil && e.activity.cancelled) {
                add(e.activity, e)
            }
        }
        return out
    }

    /// The reference's, by title; events it could not read are left out, and (when asked) the items ours skipped.
    func theirs(excludingSkipped: Bool) -> [String: [String]] {
        let unreadable = Set(file.unreadable.flatMap { [$0[0], $0[1]] }.filter { !$0.isEmpty })
        let skipped = Set(problems.filter(\.skipped).map(\.item))
        var out: [String: [String]] = [:]
        for o in file.occurrences where o.count == 3 {
            guard let d = CivilDate(iso: String(o[2].prefix(10))), window.contains(d) else { continue }
            if unreadable.contains(o[0]) { continue }
            if excludingSkipped, skipped.contains(o[0]) || skipped.contains(o[1]) { continue }
            let title = ImportedText.clean(o[1]).trimmingWhitespace()
            out[Self.key(uid: o[0].isEmpty ? "import-" : o[0], title: title.isEmpty ? "(uten tittel)" : title), default: []].append(o[2])
        }
        return out
    }

    /// Occurrences are compared per UID (an event without one, whose UID the importer derives, by its title).
    static func key(uid: String, title: String) -> String { uid.hasPrefix("import-") ? "«\(title)»" : "UID \(uid)" }

    /// One line per event whose occurrences differ.
    func mismatches(excludingSkipped: Bool) -> [String] {
        let a = ours, b = theirs(excludingSkipped: excludingSkipped)
        return Set(a.keys).union(b.keys).sorted().compactMap { title in
            let x = (a[title] ?? []).sorted(), y = (b[title] ?? []).sorted()
            guard x != y else { return nil }
            let onlyOurs = Set(x).subtracting(y).sorted(), onlyTheirs = Set(y).subtracting(x).sorted()
            return "\(title): ours \(x.count), reference \(y.count); only ours \(onlyOurs.prefix(4)), only reference \(onlyTheirs.prefix(4))"
        }
    }
}
