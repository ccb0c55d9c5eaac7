/// One VEVENT Dugnad can keep: a one-off activity, a series, or (with
/// `recurrenceID`) one changed or cancelled occurrence of the series with the same UID.
public struct ImportedEvent: Sendable, Equatable {
    public var uid: String
    /// RECURRENCE-ID: the start of the series occurrence this event replaces (Oslo wall clock).
    public var recurrenceID: CivilDateTime? = nil
    /// Line where the VEVENT begins (for reporting an override the store cannot place).
    public var line: Int = 0
    /// The (first) occurrence. kommunedel and venue are resolved by the store
    /// from `kommunedelName` and `location`.
    public var activity: Activity
    public var rule: RecurrenceRule?
    public var exceptions: Set<CivilDate>
    public var kommunedelName: String
    /// For a single occurrence of a series stored occurrence by occurrence:
    /// the series' UID (so an override of that date finds it).
    public var expandedFrom: String? = nil
}

public struct ICalendarImportResult: Sendable, Equatable {
    public var events: [ImportedEvent]
    /// Skipped items and notes, in line order.
    public var problems: [ICalendarImportProblem]
}

/// What the import needs besides the file.
public struct ICalendarImportOptions: Sendable {
    /// The system's tz database (nil: only UTC, Europe/Oslo and the file's VTIMEZONEs).
    public var zones: ICalendarZoneResolver?
    /// Where a series Dugnad cannot store is imported occurrence by occurrence
    /// when it has no end (one with an end is imported whole, up to `maximumOccurrences`).
    public var window: ClosedRange<CivilDate>
    public var maximumOccurrences = 1000

    public init(zones: ICalendarZoneResolver?, window: ClosedRange<CivilDate>) { self.zones = zones; self.window = window }

    /// Around a day: a year back, three years on.
    public init(zones: ICalendarZoneResolver?, around today: CivilDate) {
        self.init(zones: zones, window: today.adding(days: -366)...today.adding(days: 3 * 366))
    }
}

/// The first pass over a file: its VTIMEZONEs and X-WR-TIMEZONE, which any
/// event may refer to wherever it stands in the file.
public struct ICalendarZoneScan {
    public private(set) var table: ICalendarZoneTable
    public private(set) var floatingZoneName: String?

    public init(options: ICalendarImportOptions) { table = ICalendarZoneTable(system: options.zones) }

    /// The parser for this pass: it reads VTIMEZONEs and the calendar's own properties, and only follows the rest.
    public static func parser() -> ICalendarStreamParser { ICalendarStreamParser(readingOnly: ["VTIMEZONE"]) }

    public mutating func take(_ parsed: ICalendarParsed) {
        switch parsed {
        case .component(let c) where c.name == "VTIMEZONE":
            if let z = VTimeZone(c) { table.add(z) }
        case .calendarProperty(let p) where p.name == "X-WR-TIMEZONE":
            if floatingZoneName == nil { floatingZoneName = p.value.trimmingWhitespace() }
        default: break
        }
    }
}

/// The second pass: each VEVENT into events, each other item into a report line.
public struct ICalendarEventReader {
    let options: ICalendarImportOptions
    let zones: ICalendarZoneTable
    /// Where floating times are (X-WR-TIMEZONE when known, else Oslo: the calendar is Drammen's).
    let memo: ICalendarConversionMemo
    var seen = Set<String>()
    public private(set) var sawCalendar = false
    public private(set) var sawComponent = false

    public init(scan: ICalendarZoneScan, options: ICalendarImportOptions) {
        self.options = options
        zones = scan.table
        memo = ICalendarConversionMemo(floating: scan.floatingZoneName.flatMap { scan.table.zone($0) } ?? OsloZone())
    }

    public mutating func take(_ parsed: ICalendarParsed, event: (ImportedEvent) throws -> Void,
                              problem: (ICalendarImportProblem) throws -> Void) rethrows {
        switch parsed {
        case .calendarBegins: sawCalendar = true
        case .calendarProperty: break
        case .problem(let p): try problem(p)
        case .component(let c):
            sawComponent = true
            switch c.name {
            case "VTIMEZONE": return
            case "VEVENT":
                var conversion = EventConversion(component: c, zones: zones, memo: memo, options: options)
                switch conversion.run() {
                case .failure(let p): try problem(p)
                case .success(let events):
                    for note in conversion.notes { try problem(note) }
                    guard let first = events.first else { return }
                    let key = first.uid + (first.recurrenceID.map { "|" + $0.storageText } ?? "")
                    guard seen.insert(key).inserted else {
                        try problem(ICalendarImportProblem(line: c.line, item: first.uid, cause: .duplicateUID))
                        return
                    }
                    for e in events { try event(e) }
                }
            default:
                let name = c.first("SUMMARY").map { ImportedText.clean(ICalendarParser.unescape($0.value)) } ?? ""
                try problem(ICalendarImportProblem(line: c.line, item: name, cause: .unsupportedComponent(c.name)))
            }
        }
    }

    /// After the last line: a file with no calendar in it is said to be none.
    public func finished(problem: (ICalendarImportProblem) throws -> Void) rethrows {
        if !sawCalendar && !sawComponent { try problem(ICalendarImportProblem(line: 1, item: "", cause: .notACalendar)) }
    }
}

public enum ActivityICalendarImport {
    /// Both passes over a text held in memory (tests, the pane). Files are read by the store as a stream.
    public static func read(_ text: String, options: ICalendarImportOptions = .init(zones: nil, around: CivilDate(year: 2026, month: 6, day: 1)!))
        -> ICalendarImportResult {
        let lines = ICalendarStreamParser.physicalLines(text)
        var scan = ICalendarZoneScan(options: options)
        var parser = ICalendarZoneScan.parser()
        for l in lines { parser.feed(l) { scan.take($0) } }
        parser.finish { scan.take($0) }
        var reader = ICalendarEventReader(scan: scan, options: options)
        var events: [ImportedEvent] = [], problems: [ICalendarImportProblem] = []
        parser = ICalendarStreamParser()
        let take: (ICalendarParsed) -> Void = { reader.take($0, event: { events.append($0) }, problem: { problems.append($0) }) }
        for l in lines { parser.feed(l, take) }
        parser.finish(take)
        reader.finished { problems.append($0) }
        problems.sort { $0.line < $1.line }
        return ICalendarImportResult(events: events, problems: problems)
    }

    /// FNV-1a, printed in hex: the same text gives the same UID in every run.
    static func stableHash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}
