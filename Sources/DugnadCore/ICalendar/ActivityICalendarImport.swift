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
}

/// Why an item of an iCalendar file was skipped.
public struct ICalendarImportProblem: Sendable, Equatable, Error {
    public enum Reason: Sendable, Equatable {
        case unsupportedComponent(String)
        case badLine(String)
        case missingStart
        case badValue(property: String, value: String)
        case unknownTimeZone(String)
        case unsupportedRule(String)
        case endBeforeStart
        /// RECURRENCE-ID with RANGE=THISANDFUTURE (changes to the rest of a series).
        case singleOccurrenceChange
        /// RECURRENCE-ID whose UID is no series (in the file or stored).
        case unknownSeries
        /// RECURRENCE-ID on a date the series has no occurrence.
        case notAnOccurrence(CivilDate)
        case duplicateUID
        case notACalendar
    }
    /// Line where the item begins.
    public var line: Int
    /// UID or SUMMARY, whatever names the item best ("" for bad lines).
    public var item: String
    public var reason: Reason
    public init(line: Int, item: String, reason: Reason) { self.line = line; self.item = item; self.reason = reason }
}

public struct ICalendarImportResult: Sendable, Equatable {
    public var events: [ImportedEvent]
    public var problems: [ICalendarImportProblem]
}

public enum ActivityICalendarImport {
    public static func read(_ text: String) -> ICalendarImportResult {
        let parsed = ICalendarParser.parse(text)
        var problems = parsed.badLines.map { ICalendarImportProblem(line: $0.0, item: String($0.1.prefix(60)), reason: .badLine($0.1)) }
        var events: [ImportedEvent] = []
        // A UID once, plus once per RECURRENCE-ID (overrides share their series' UID).
        var seen = Set<String>()
        let calendars = parsed.components.filter { $0.name == "VCALENDAR" }
        if calendars.isEmpty {
            problems.append(ICalendarImportProblem(line: 1, item: "", reason: .notACalendar))
        }
        for component in calendars.flatMap(\.children) {
            switch component.name {
            case "VTIMEZONE": continue
            case "VEVENT":
                switch event(component) {
                case .success(let e):
                    if seen.insert(e.uid + (e.recurrenceID.map { "|" + $0.storageText } ?? "")).inserted { events.append(e) }
                    else { problems.append(ICalendarImportProblem(line: component.line, item: e.uid, reason: .duplicateUID)) }
                case .failure(let p): problems.append(p)
                }
            default:
                let name = component.first("SUMMARY").map { ICalendarParser.unescape($0.value) } ?? ""
                problems.append(ICalendarImportProblem(line: component.line, item: name,
                                                       reason: .unsupportedComponent(component.name)))
            }
        }
        problems.sort { $0.line < $1.line }
        return ICalendarImportResult(events: events, problems: problems)
    }

    static func event(_ c: ICalendarComponent) -> Result<ImportedEvent, ICalendarImportProblem> {
        let summary = c.first("SUMMARY").map { ICalendarParser.unescape($0.value) }?.trimmingWhitespace() ?? ""
        let uidText = c.first("UID")?.value.trimmingWhitespace() ?? ""
        let name = uidText.isEmpty ? summary : uidText
        func fail(_ r: ICalendarImportProblem.Reason) -> Result<ImportedEvent, ICalendarImportProblem> {
            .failure(ICalendarImportProblem(line: c.line, item: name, reason: r))
        }
        if let r = c.first("RECURRENCE-ID"), r.parameters["RANGE"]?.uppercased() == "THISANDFUTURE" { return fail(.singleOccurrenceChange) }
        for unsupported in ["RDATE", "EXRULE"] where c.first(unsupported) != nil { return fail(.unsupportedRule(unsupported)) }
        guard let startProperty = c.first("DTSTART") else { return fail(.missingStart) }
        do throws(ICalendarValues.Problem) {
            let (start, allDay) = try ICalendarValues.dateTime(startProperty.value, parameters: startProperty.parameters,
                                                               property: "DTSTART")
            var end: CivilDateTime
            if let e = c.first("DTEND") {
                end = try ICalendarValues.dateTime(e.value, parameters: e.parameters, property: "DTEND").0
            } else if let d = c.first("DURATION") {
                guard let minutes = ICalendarValues.durationMinutes(d.value) else {
                    return fail(.badValue(property: "DURATION", value: d.value))
                }
                end = CivilDateTime(ordinal: start.ordinal + minutes)
            } else {
                // RFC 5545 §3.6.1: a DATE start lasts a day, a DATE-TIME start no time.
                end = CivilDateTime(ordinal: start.ordinal + (allDay ? 1440 : 0))
            }
            if end < start { return fail(.endBeforeStart) }
            let rule = try c.first("RRULE").map { r throws(ICalendarValues.Problem) in
                try ICalendarValues.rule(r.value, start: start, allDay: allDay)
            }
            let recurrenceID = try c.first("RECURRENCE-ID").map { r throws(ICalendarValues.Problem) in
                try ICalendarValues.dateTime(r.value, parameters: r.parameters, property: "RECURRENCE-ID").0
            }
            var exceptions = Set<CivilDate>()
            for ex in c.all("EXDATE") {
                for v in ex.value.split(separator: ",") {
                    exceptions.insert(try ICalendarValues.dateTime(String(v), parameters: ex.parameters, property: "EXDATE").0.date)
                }
            }
            func text(_ p: String) -> String { c.first(p).map { ICalendarParser.unescape($0.value) } ?? "" }
            let status = c.first("STATUS")?.value.uppercased() ?? ""
            let described = ActivityDescriptionText.split(text("DESCRIPTION"))
            let activity = Activity(
                title: summary.isEmpty ? "(uten tittel)" : summary, organiser: text("X-DUGNAD-ORGANISER"),
                category: ActivityCategory(rawValue: text("X-DUGNAD-CATEGORY")) ?? .annet,
                audience: Audience(rawValue: text("X-DUGNAD-AUDIENCE")) ?? .alle,
                kommunedelID: nil, venueID: nil, start: start, end: end, allDay: allDay,
                free: text("X-DUGNAD-FREE").uppercased() != "FALSE", cancelled: status == "CANCELLED",
                description: described.description, location: text("LOCATION"),
                details: ActivityDetails(contact: described.contact, accessibility: described.accessibility,
                                         languages: described.languages))
            // No UID (against RFC 5545): derive one from what identifies the event, so a re-import still updates it.
            let uid = uidText.isEmpty ? "import-\(ICalendarWriter.format(start))-\(stableHash(summary))" : uidText
            // An override is one occurrence: a rule or exceptions on it are ignored.
            return .success(ImportedEvent(uid: uid, recurrenceID: recurrenceID, line: c.line, activity: activity,
                                          rule: recurrenceID == nil ? rule : nil,
                                          exceptions: rule == nil || recurrenceID != nil ? [] : exceptions,
                                          kommunedelName: text("X-DUGNAD-KOMMUNEDEL")))
        } catch {
            switch error {
            case .badValue(let p, let v): return fail(.badValue(property: p, value: v))
            case .unknownTimeZone(let tz): return fail(.unknownTimeZone(tz))
            case .unsupportedRule(let r): return fail(.unsupportedRule(r))
            }
        }
    }

    /// FNV-1a, printed in hex: the same text gives the same UID in every run.
    static func stableHash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}
