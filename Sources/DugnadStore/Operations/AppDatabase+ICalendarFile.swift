import DugnadCore
import GRDB

/// `dugnad import ics FILE`: the file is read twice as a stream — first for
/// its VTIMEZONEs and X-WR-TIMEZONE (and to check its encoding before
/// anything is written), then for its events, each written as it is read
/// inside ONE transaction. Memory stays flat however large the file; either
/// every event is saved or none.
extension AppDatabase {
    public struct ICalendarFileImport: Sendable {
        public var summary: ICalendarImportSummary
        /// What the reader skipped or noted, and overrides the store could not place, in line order.
        public var problems: [ICalendarImportProblem]
        public var encoding: TextFileReader.Encoding
    }

    /// - Throws: `TextFileReader.Failure` when the file cannot be read as text, `StoreError` when the store refuses.
    public func importICalendar(file: TextFileReader, options: ICalendarImportOptions) throws -> ICalendarFileImport {
        var scan = ICalendarZoneScan(options: options)
        var parser = ICalendarZoneScan.parser()
        let encoding = try file.forEachLine { line, _ in parser.feed(line) { scan.take($0) } }
        parser.finish { scan.take($0) }
        let zones = scan
        var problems: [ICalendarImportProblem] = []
        var failure: (any Error)?
        let summary: ICalendarImportSummary
        do {
            summary = try bulkImport { try change(.editActivities) { db, staff in
                var writer = try ICalendarImportWriter(db, staff: staff.username)
                var reader = ICalendarEventReader(scan: zones, options: options)
                var parser = ICalendarStreamParser()
                var stored: (any Error)?
                let take: (ICalendarParsed) -> Void = { parsed in
                    guard stored == nil else { return }
                    do { try reader.take(parsed, event: { try writer.take(db, $0) }, problem: { problems.append($0) }) }
                    catch { stored = error }
                }
                do { try file.forEachLine { line, _ in parser.feed(line, take) } }
                catch { failure = error; throw error }
                parser.finish(take)
                if let stored { throw stored }
                reader.finished { problems.append($0) }
                return try writer.finish(db)
            } }
        } catch {
            if let failure { throw failure }
            throw error
        }
        problems += summary.skipped
        problems.sort { $0.line < $1.line }
        return ICalendarFileImport(summary: summary, problems: problems, encoding: encoding)
    }
}
