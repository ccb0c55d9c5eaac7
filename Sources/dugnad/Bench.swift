import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation
import TerminalKit

/// `dugnad bench` — the performance suite (SPEC §6). Builds a demo database
/// in a temporary directory and drives the real update loop, view and diff
/// through the headless backend, key by key.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure start-up and per-keystroke times on a demo database.")

    @Option(help: "Demo data scale (10 ≈ 800,000 rows).") var scale: Double = 1
    @Option(help: "Keystrokes per measured sequence.") var keys: Int = 300
    @Flag(help: "Print the results as JSON.") var json = false
    @Option(help: "Reuse (or create) this database instead of a temporary one.") var db: String?
    @Option(help: "Print every keystroke slower than this many milliseconds to stderr.") var slowMs: Double?
    @Option(help: "Measure only the sequences whose name contains this text (e.g. \"venues\").") var only: String?

    func run() throws {
        try Dugnad.guarded(language: nil) {
            guard scale > 0, scale <= 100 else { throw CLIError.badScale(String(scale)) }
            var report = BenchReport(scale: scale)
            let today = CivilDate(year: 2026, month: 11, day: 26)!
            let path = db ?? NSTemporaryDirectory() + "dugnad-bench-\(getpid()).sqlite"
            let fresh = !FileManager.default.fileExists(atPath: path)
            defer { if db == nil { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } } }
            if fresh {
                let start = ContinuousClock.now
                let database = try openStore(path)
                _ = try DemoData.fill(database, scale: scale, seed: 1, today: today)
                report.demoSeconds = (ContinuousClock.now - start).seconds
            }
            for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
                try measure(path: path, today: today, size: size, report: &report)
            }
            if only.map({ "match".contains($0) || $0.contains("match") || $0 == "rank" }) ?? true {
                try measureMatching(try openStore(path), today: today, report: &report)
            }
            Console.out(json ? report.json : report.table)
        }
    }

    private func openStore(_ path: String) throws -> AppDatabase {
        do { return try AppDatabase.open(path: path, user: Environment.loginUser) } catch { throw CLIError.store(error) }
    }

    private func measure(path: String, today: CivilDate, size: Size, report: inout BenchReport) throws {
        let label = "\(size.width)x\(size.height)"
        let theme = Theme.builtinDefault
        let openStart = ContinuousClock.now
        let database = try openStore(path)
        let backend = TestBackend(size: size)
        let runner = CommandRunner(database: database, today: today)
        let model = Model(language: .nb, today: today, user: database.user, staff: try? database.currentStaff(), size: size)
        let program = Program<Model, Msg, Command>(
            backend: backend, model: model, update: update,
            view: { m, _ in view(m, theme: theme) },
            keyToMsg: { .keyPressed($0) },
            perform: { command, send in runner.perform(command, send: send) },
            shouldQuit: { $0.quitting })
        for command in initialCommands(model) { runner.perform(command) { program.send($0) } }
        program.step(key: .char("1"))
        report.add("open to first frame \(label)", [(ContinuousClock.now - openStart).seconds])

        let sequences: [(String, [Key])] = [
            ("calendar: ↓", [.char("1")] + Array(repeating: .down, count: keys)),
            // The Calendar pane (week view at start): switching views and moving by day and week.
            ("calendar: switch view m/w/a/d", [.char("1")] + (0..<keys / 3).map { [Key.char("m"), .char("w"), .char("a"), .char("d")][$0 % 4] }),
            ("calendar: next day (week view)", [.char("w")] + Array(repeating: .char("l"), count: keys / 3)),
            ("calendar: next week (week view)", [.char("w")] + Array(repeating: .char("]"), count: keys / 3)),
            ("calendar: next day (day view)", [.char("d")] + Array(repeating: .char("l"), count: keys / 3)),
            ("calendar: next month (month view)", [.char("m")] + Array(repeating: .char("}"), count: keys / 10)),
            ("venues: ↓", [.char("2")] + Array(repeating: .down, count: keys)),
            ("venues: next day", [.char("2")] + Array(repeating: .char("]"), count: keys / 3)),
            ("venues: cell → ←", [.char("2")] + (0..<keys).map { $0 % 20 < 10 ? Key.right : Key.left }),
            ("grants: ↓ and PgDn", [.char("3")] + Array(repeating: .down, count: keys) + Array(repeating: .pageDown, count: keys / 10)),
            // The `/` filter typed key by key (each key re-reads the inbox when it parses), then cleared again.
            ("grants: apply a filter", [.char("3")] + (0..<max(1, keys / 60)).flatMap { _ -> [Key] in
                [.char("/")] + "status:received scheme:kultur amount>50000".map(Key.char) + [.enter, .char("/")]
                    + Array(repeating: .backspace, count: 42) + [.enter]
            }),
            // Free text typed and erased key by key: a club's name, as an officer looks for one applicant.
            ("grants: type a name", [.char("3")] + (0..<max(1, keys / 32)).flatMap { _ -> [Key] in
                [.char("/")] + "korps".map(Key.char) + Array(repeating: .backspace, count: 5)
                    + "idrettslag".map(Key.char) + Array(repeating: .backspace, count: 10) + [.enter]
            }),
            ("grants: open a case (Enter, Esc, ↓)", [.char("3")] + (0..<keys / 3).flatMap { _ in [Key.enter, .escape, .down] }),
            ("grants: overview (o, Esc)", [.char("3")] + (0..<keys / 10).flatMap { _ in [Key.char("o"), .escape] }),
            ("volunteers: ↓", [.char("4")] + Array(repeating: .down, count: keys)),
            ("directory: ↓ and PgDn", [.char("5")] + Array(repeating: .down, count: keys) + Array(repeating: .pageDown, count: keys / 10)),
        ]
        for (name, sequence) in sequences where only.map({ name.contains($0) }) ?? true {
            var samples: [Double] = []
            program.step(key: sequence[0])
            let cellsBefore = backend.bytesApplied
            for key in sequence.dropFirst() {
                let t0 = ContinuousClock.now
                program.step(key: key)
                samples.append((ContinuousClock.now - t0).seconds)
                if let slowMs, samples[samples.count - 1] * 1000 > slowMs {
                    Console.error(String(format: "slow: %@ %@ key %d %@: %.3f ms", name, label, samples.count,
                                         KeyMap.name(of: key), samples[samples.count - 1] * 1000))
                }
            }
            report.add("\(name) \(label)", samples)
            if name.hasPrefix("calendar: switch view") {
                // The same keys by the view they open (the sequence goes m, w, a, d).
                for (i, view) in ["month", "week", "agenda", "day"].enumerated() {
                    report.add("  … to \(view) view \(label)", stride(from: i, to: samples.count, by: 4).map { samples[$0] })
                }
            }
            report.cellsPerKey["\(name) \(label)"] = Double(backend.bytesApplied - cellsBefore) / Double(max(1, sequence.count - 1))
        }
        if size.width == 120, only.map({ "booking save".contains($0) }) ?? true { try measureBookingSaves(database, today: today, report: &report) }
        if size.width == 120, only.map({ "grants".contains($0) }) ?? true { try measureGrantQueries(database, today: today, report: &report) }
    }
}

extension Bench {
    /// Saving a booking (rule check, insert, audit in one transaction) on
    /// free days a year ahead, spread over the venues.
    func measureBookingSaves(_ database: AppDatabase, today: CivilDate, report: inout BenchReport) throws {
        let venues = try database.venueDays(on: today, filter: VenueFilter(), offset: 0, limit: 400).map(\.venue)
            .filter { !$0.requiresApproval }
        var samples: [Double] = []
        var day = today.adding(days: 400)
        for i in 0..<min(keys, 300) {
            guard !venues.isEmpty else { break }
            let venue = venues[i % venues.count]
            if i > 0 && i % venues.count == 0 { day = day.adding(days: 1) }
            guard let interval = venue.openingHours.intervals(on: day.weekday).first else { continue }
            let end = CivilTime(minutes: min(interval.end.minutes, interval.start.minutes + venue.slotMinutes))!
            let booking = Booking(venueID: venue.id, start: CivilDateTime(date: day, time: interval.start),
                                  end: CivilDateTime(date: day, time: end), bookerName: "Bench", purpose: "bench",
                                  attendees: 1)
            let t0 = ContinuousClock.now
            _ = try? database.book(booking)
            samples.append((ContinuousClock.now - t0).seconds)
        }
        report.add("booking save", samples)
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}

/// Results: p50/p99/max per sequence in milliseconds.
struct BenchReport {
    let scale: Double
    var demoSeconds: Double?
    var rows: [(String, [Double])] = []
    var cellsPerKey: [String: Double] = [:]

    init(scale: Double) { self.scale = scale }

    mutating func add(_ name: String, _ samples: [Double]) { rows.append((name, samples.sorted())) }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))
        return sorted[index]
    }

    var table: String {
        var lines = ["scale \(scale)" + (demoSeconds.map { String(format: ", demo data built in %.1f s", $0) } ?? "")]
        func row(_ cells: [String]) -> String {
            pad(cells[0], toWidth: 40) + cells.dropFirst().map { pad($0, toWidth: 10, align: .right) }.joined()
        }
        lines.append(row(["measure", "p50 ms", "p99 ms", "max ms", "n", "cells/key"]))
        for (name, s) in rows {
            let cells = cellsPerKey[name].map { String(format: "%.0f", $0) } ?? ""
            lines.append(row([name, String(format: "%.3f", Self.percentile(s, 0.5) * 1000),
                              String(format: "%.3f", Self.percentile(s, 0.99) * 1000),
                              String(format: "%.3f", (s.last ?? 0) * 1000), String(s.count), cells]))
        }
        return lines.joined(separator: "\n")
    }

    var json: String {
        let items = rows.map { name, s in
            "{\"name\":\"\(name)\",\"p50_ms\":\(Self.percentile(s, 0.5) * 1000),\"p99_ms\":\(Self.percentile(s, 0.99) * 1000),"
                + "\"max_ms\":\((s.last ?? 0) * 1000),\"n\":\(s.count),\"cells_per_key\":\(cellsPerKey[name] ?? 0)}"
        }
        return "{\"scale\":\(scale),\"demo_seconds\":\(demoSeconds ?? 0),\"results\":[\(items.joined(separator: ","))]}"
    }
}
