import DugnadCore
import DugnadStore

extension Bench {
    /// The grant office's reads: the overview per scheme for the year, a
    /// filter (count and first window) and moving the window through the inbox.
    func measureGrantQueries(_ database: AppDatabase, today: CivilDate, report: inout BenchReport) throws {
        let n = min(keys, 300)
        func time(_ body: () throws -> Void) rethrows -> Double {
            let t0 = ContinuousClock.now
            try body()
            return (ContinuousClock.now - t0).seconds
        }
        report.add("grants overview per scheme", try (0..<n).map { _ in try time { _ = try database.grantOverview(year: today.year) } })
        // Read afresh each time: what the first opening after any commit costs (later ones are kept).
        report.add("grants overview screen (schemes, groups, kommunedeler)",
                   try (0..<n).map { _ in try time { _ = try database.grantOverviewOfYear(today.year, cached: false) } })
        report.add("grants double-funding radar (on demand)",
                   try (0..<min(n, 20)).map { _ in try time { _ = try database.doubleFundingRadar(year: today.year) } })
        let expressions = ["status:received scheme:kultur amount>50000", "overdue !flagged", "assignee:me status:open",
                           "kommunedel:fjell tag:jubileum", "korps", "group:sport_outdoor score>=3", ""]
        let filters = expressions.compactMap { try? GrantFilterParser.parse($0).get() }
        report.add("grants filter (count + window)", try (0..<n).map { i in
            try time {
                let f = filters[i % filters.count]
                _ = try database.grantInboxCount(f, today: today)
                _ = try database.grantInbox(f, today: today, offset: 0, limit: 30)
            }
        })
        let total = try database.grantInboxCount(GrantFilter(), today: today)
        let sorts = GrantSort.allCases
        report.add("grants window (move, any sort)", try (0..<n).map { i in
            try time {
                _ = try database.grantInbox(GrantFilter(), sort: sorts[i % sorts.count], today: today,
                                            offset: (i * 37) % max(1, total - 30), limit: 30)
            }
        })
    }
}
