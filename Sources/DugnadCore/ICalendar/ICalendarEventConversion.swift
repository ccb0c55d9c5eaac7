/// One VEVENT into Dugnad's events. Times are read in their own zone (UTC,
/// TZID, floating) and become Europe/Oslo wall clock; a recurrence is expanded
/// by RFC 5545 in the start's zone (a UTC start repeats in UTC), EXDATE and
/// RDATE applied, and the result compared with what Dugnad's series model
/// would give: when they agree it is stored as a series (with EXDATEs as
/// exceptions), else as its single occurrences, and a note says so.
struct EventConversion {
    let c: ICalendarComponent
    let zones: ICalendarZoneTable
    let memo: ICalendarConversionMemo
    let options: ICalendarImportOptions
    var notes: [ICalendarImportProblem] = []

    /// `memo` knows the floating zone (X-WR-TIMEZONE, else Oslo) and is shared by the events of one file.
    init(component: ICalendarComponent, zones: ICalendarZoneTable, memo: ICalendarConversionMemo, options: ICalendarImportOptions) {
        c = component; self.zones = zones; self.memo = memo; self.options = options
        summary = c.first("SUMMARY").map { ImportedText.clean(ICalendarParser.unescape($0.value)) }?.trimmingWhitespace() ?? ""
        uidText = ImportedText.clean(c.first("UID")?.value ?? "").trimmingWhitespace()
    }

    typealias Zone = ICalendarConversionMemo.Zone

    struct Failure: Error { let cause: ICalendarImportProblem.Cause }

    /// SUMMARY and UID as stored (read once: both are asked for several times).
    let summary: String
    let uidText: String

    mutating func run() -> Result<[ImportedEvent], ICalendarImportProblem> {
        let name = uidText.isEmpty ? summary : uidText
        do { return .success(try events()) }
        catch let f as Failure { return .failure(ICalendarImportProblem(line: c.line, item: name, cause: f.cause)) }
        catch let p as ICalendarValues.Problem {
            let cause: ICalendarImportProblem.Cause
            switch p {
            case .badValue(let p, let v): cause = .badValue(property: p, value: v)
            case .unknownTimeZone(let z): cause = .unknownTimeZone(z)
            case .unsupportedRule(let r): cause = .unsupportedRule(r)
            }
            return .failure(ICalendarImportProblem(line: c.line, item: name, cause: cause))
        } catch { return .failure(ICalendarImportProblem(line: c.line, item: name, cause: .badLine(""))) }
    }

    /// A time as written and the zone it is in (nil for a DATE).
    struct Moment { var wall: CivilDateTime; var zone: Zone?; var isDate: Bool; var isUTC: Bool }

    func moment(_ value: String, _ parameters: [String: String], property: String) throws -> Moment {
        let (wall, kind) = try ICalendarValues.wallClock(value, property: property,
                                                         isDate: parameters["VALUE"]?.uppercased() == "DATE")
        switch kind {
        case .date: return Moment(wall: wall, zone: nil, isDate: true, isUTC: false)
        case .utc: return Moment(wall: wall, zone: ICalendarConversionMemo.utc, isDate: false, isUTC: true)
        case .local:
            if let tzid = parameters["TZID"], !tzid.trimmingWhitespace().isEmpty {
                guard let z = memo.zone(tzid, in: zones) else { throw ICalendarValues.Problem.unknownTimeZone(tzid) }
                return Moment(wall: wall, zone: z, isDate: false, isUTC: false)
            }
            return Moment(wall: wall, zone: memo.floating, isDate: false, isUTC: false)
        }
    }

    /// Oslo wall clock of a wall-clock time in `zone` (a DATE stays as it is).
    func oslo(_ wall: CivilDateTime, _ zone: Zone?) -> CivilDateTime {
        guard let zone else { return wall }
        return memo.oslo(wall, in: zone)
    }

    func checkYear(_ t: CivilDateTime, _ property: String, _ value: String) throws {
        guard ICalendarValues.activityYears.contains(t.date.year) else {
            throw Failure(cause: .outOfRange(property: property, value: value))
        }
    }

    mutating func events() throws -> [ImportedEvent] {
        if let r = c.first("RECURRENCE-ID"), r.parameters["RANGE"]?.uppercased() == "THISANDFUTURE" {
            throw Failure(cause: .singleOccurrenceChange)
        }
        if c.first("EXRULE") != nil { throw Failure(cause: .unsupportedRule("EXRULE")) }
        guard let startProperty = c.first("DTSTART") else { throw Failure(cause: .missingStart) }
        let start = try moment(startProperty.value, startProperty.parameters, property: "DTSTART")
        let allDay = start.isDate
        let first = oslo(start.wall, start.zone)
        try checkYear(first, "DTSTART", startProperty.value)
        var end: CivilDateTime
        if let e = c.first("DTEND") {
            let m = try moment(e.value, e.parameters, property: "DTEND")
            end = allDay ? CivilDateTime(date: m.wall.date, time: .midnight) : oslo(m.wall, m.zone ?? start.zone)
            try checkYear(end, "DTEND", e.value)
        } else if let d = c.first("DURATION") {
            guard let minutes = ICalendarValues.durationMinutes(d.value) else {
                throw Failure(cause: .badValue(property: "DURATION", value: d.value))
            }
            end = CivilDateTime(ordinal: first.ordinal + (allDay ? minutes / 1440 * 1440 : minutes))
        } else {
            // RFC 5545 §3.6.1: a DATE start lasts a day, a DATE-TIME start no time.
            end = CivilDateTime(ordinal: first.ordinal + (allDay ? 1440 : 0))
        }
        if end < first { throw Failure(cause: .endBeforeStart) }
        let duration = end.ordinal - first.ordinal

        let recurrenceID: CivilDateTime? = try c.first("RECURRENCE-ID").map { r in
            let m = try moment(r.value, r.parameters, property: "RECURRENCE-ID")
            return oslo(m.wall, m.zone ?? start.zone)
        }
        let activity = self.activity(start: first, end: end, allDay: allDay)
        // No UID (against RFC 5545): derive one from what identifies the event, so a re-import still updates it.
        let uid = uidText.isEmpty ? "import-\(ICalendarWriter.format(first))-\(ActivityICalendarImport.stableHash(summary))" : uidText
        let kommunedel = text("X-DUGNAD-KOMMUNEDEL")
        let single = ImportedEvent(uid: uid, recurrenceID: recurrenceID, line: c.line, activity: activity, rule: nil,
                                   exceptions: [], kommunedelName: kommunedel)
        // An override is one occurrence: a rule or dates on it are ignored.
        if recurrenceID != nil { return [single] }
        // An empty `RRULE:` (calendarlabs.com writes one on every holiday) is no rule; several RRULEs
        // (RFC 2445 allowed them; RFC 5545 advises against, files still have them) give the union of their occurrences.
        let rruleProperties = c.all("RRULE").filter { !$0.value.trimmingWhitespace().isEmpty }
        let rdates = c.all("RDATE")
        if rruleProperties.isEmpty && rdates.isEmpty { return [single] }

        // The truth: every occurrence start, Oslo wall clock.
        var rule: ICalendarRule?
        var occurrences: [CivilDateTime] = []
        let horizon = CivilDateTime(date: max(options.window.upperBound, first.date.adding(days: 400)), time: .midnight)
        let finiteLimit = CivilDateTime(date: CivilDate(year: ICalendarValues.activityYears.upperBound, month: 12, day: 31)!, time: .midnight)
        var allFinite = true
        for p in rruleProperties {
            let r = try ICalendarRule.parse(p.value)
            if r.frequency == .secondly { throw Failure(cause: .unsupportedRule("FREQ=SECONDLY")) }
            if rule == nil { rule = r }
            allFinite = allFinite && (r.count != nil || r.until != nil)
            let finite = r.count != nil || r.until != nil
            let zone = start.zone
            let walls = r.expand(start: start.wall, allDay: allDay, through: finite ? finiteLimit : Self.wallThrough(horizon, zone),
                                 limit: finite ? options.maximumOccurrences + 1 : options.maximumOccurrences * 20,
                                 startCounts: rruleProperties.count == 1) { wall in
                switch r.until {
                case .none: return false
                case .date(let d): return wall.date > d
                case .local(let u): return allDay ? wall.date > u.date : wall > u
                // A UTC UNTIL is compared in UTC; for all-day events the date as written counts.
                case .utc(let u): return allDay ? wall.date > u.date : (zone?.zone.utc(fromLocal: wall) ?? wall.ordinal) > u.ordinal
                }
            }
            occurrences += walls.map { oslo($0, zone) }
        }
        if rruleProperties.isEmpty { occurrences = [first] }
        // RDATE: dates, date-times (any zone) and periods.
        for rd in rdates {
            for v in rd.value.split(separator: ",") {
                let value = String(v.split(separator: "/").first ?? v)
                var parameters = rd.parameters
                if parameters["VALUE"]?.uppercased() == "PERIOD" { parameters["VALUE"] = nil }
                let m = try moment(value, parameters, property: "RDATE")
                let t: CivilDateTime
                if allDay { t = CivilDateTime(date: m.wall.date, time: .midnight) }
                // A DATE in a timed series: that day at the start's time of day, both in the start's zone.
                else if m.isDate { t = oslo(CivilDateTime(date: m.wall.date, time: start.wall.time), start.zone) }
                else { t = oslo(m.wall, m.zone) }
                try checkYear(t, "RDATE", value)
                occurrences.append(t)
            }
        }
        // EXDATE: instants, or whole days when written as DATE.
        var excludedInstants = Set<CivilDateTime>(), excludedDays = Set<CivilDate>()
        for ex in c.all("EXDATE") {
            for v in ex.value.split(separator: ",") {
                let m = try moment(String(v), ex.parameters, property: "EXDATE")
                if m.isDate || allDay { excludedDays.insert(m.wall.date) }
                else { excludedInstants.insert(oslo(m.wall, m.zone)) }
            }
        }
        occurrences = Array(Set(occurrences)).sorted().filter { !excludedInstants.contains($0) && !excludedDays.contains($0.date) }

        // Dugnad's series, if it gives exactly these occurrences.
        // (An RDATE adds a date no stored rule gives: such a series is stored occurrence by occurrence.)
        if let r = rule, rdates.isEmpty, rruleProperties.count == 1 {
            // UNTIL as Dugnad keeps it: the last day an occurrence may start on (Oslo), as written where it can be.
            var untilDay: CivilDate?
            switch r.until {
            case .none: untilDay = nil
            case .date(let d): untilDay = d
            case .utc(let u):
                let t = allDay ? u : OsloTime.civil(fromUTC: u)
                untilDay = !allDay && t.time < first.time ? t.date.adding(days: -1) : t.date
            case .local(let u):
                let t = allDay ? u : oslo(u, start.zone)
                untilDay = !allDay && t.time < first.time ? t.date.adding(days: -1) : t.date
            }
            if let stored = ICalendarValues.storableRule(r, start: first, untilDay: untilDay),
               let exceptions = Self.exceptions(stored, first: first, allDay: allDay, truth: occurrences,
                                                through: r.count == nil && r.until == nil ? horizon.date : finiteLimit.date) {
                var e = single
                e.rule = stored
                e.exceptions = exceptions
                return [e]
            }
        }
        // Stored occurrence by occurrence: all of them for a series with an end, else those in the window.
        let finite = rule == nil || allFinite
        var kept = finite ? occurrences : occurrences.filter { options.window.contains($0.date) }
        var truncated = !finite && kept.count < occurrences.count
        if kept.count > options.maximumOccurrences { kept = Array(kept.prefix(options.maximumOccurrences)); truncated = true }
        notes.append(ICalendarImportProblem(line: c.line, item: uid, cause: .expanded(count: kept.count, from: kept.first?.date,
                                                                                  through: kept.last?.date, truncated: truncated)))
        return kept.map { t in
            var e = single
            e.uid = uid + "-" + ICalendarWriter.format(t)
            e.activity.start = t
            e.activity.end = CivilDateTime(ordinal: t.ordinal + duration)
            e.expandedFrom = uid
            return e
        }
    }

    /// The wall clock in `zone` for an Oslo horizon (a day's margin either way is plenty).
    static func wallThrough(_ horizon: CivilDateTime, _ zone: Zone?) -> CivilDateTime {
        CivilDateTime(ordinal: horizon.ordinal + 1440)
    }

    /// The exception dates that make `rule` give exactly `truth` (through `through`), or nil when it cannot.
    static func exceptions(_ rule: RecurrenceRule, first: CivilDateTime, allDay: Bool, truth: [CivilDateTime],
                           through: CivilDate) -> Set<CivilDate>? {
        let relevant = truth.filter { $0.date <= through }
        let dates = rule.dates(first: first.date, from: first.date, through: through)
        let ruleDates = Set(dates)
        var truthDates = Set<CivilDate>()
        for t in relevant {
            guard allDay || t.time == first.time, ruleDates.contains(t.date) else { return nil }
            truthDates.insert(t.date)
        }
        // The start is always an occurrence in RFC 5545; Dugnad's first date must be it.
        guard let d0 = dates.first, d0 == first.date else { return nil }
        let missing = ruleDates.subtracting(truthDates)
        return missing.count <= RecurrenceRule.maximumCount ? missing : nil
    }

    func text(_ p: String, multiline: Bool = false) -> String {
        c.first(p).map { ImportedText.clean(ICalendarParser.unescape($0.value), multiline: multiline) } ?? ""
    }

    func activity(start: CivilDateTime, end: CivilDateTime, allDay: Bool) -> Activity {
        let status = c.first("STATUS")?.value.trimmingWhitespace().uppercased() ?? ""
        let described = ActivityDescriptionText.split(text("DESCRIPTION", multiline: true))
        return Activity(
            title: summary.isEmpty ? "(uten tittel)" : summary, organiser: text("X-DUGNAD-ORGANISER"),
            category: ActivityCategory(rawValue: text("X-DUGNAD-CATEGORY")) ?? .annet,
            audience: Audience(rawValue: text("X-DUGNAD-AUDIENCE")) ?? .alle,
            kommunedelID: nil, venueID: nil, start: start, end: end, allDay: allDay,
            free: text("X-DUGNAD-FREE").uppercased() != "FALSE", cancelled: status == "CANCELLED",
            description: described.description, location: text("LOCATION"),
            details: ActivityDetails(contact: described.contact, accessibility: described.accessibility,
                                     languages: described.languages))
    }
}
