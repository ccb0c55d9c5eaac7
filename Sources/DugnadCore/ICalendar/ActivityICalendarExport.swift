/// Community activities as RFC 5545: one VEVENT per one-off activity, one
/// per series with RRULE and EXDATE; UIDs are the stored ones, so another
/// calendar program updates instead of duplicating on the next export.
public enum ActivityICalendarExport {
    public struct Names: Sendable {
        public var kommunedel: [RowID: String]
        public var venue: [RowID: String]
        public init(kommunedel: [RowID: String], venue: [RowID: String]) { self.kommunedel = kommunedel; self.venue = venue }
    }

    /// One changed occurrence of a series: a VEVENT with the series' UID and RECURRENCE-ID.
    public struct Override: Sendable, Equatable {
        public var seriesUID: String
        /// The start of the occurrence it replaces.
        public var recurrenceID: CivilDateTime
        /// The series is all-day (RECURRENCE-ID is then a DATE).
        public var allDay: Bool
        public var activity: Activity
        public init(seriesUID: String, recurrenceID: CivilDateTime, allDay: Bool, activity: Activity) {
            self.seriesUID = seriesUID; self.recurrenceID = recurrenceID; self.allDay = allDay; self.activity = activity
        }
    }

    /// - Parameter stamp: DTSTAMP (UTC), passed in so the output is reproducible.
    public static func ics(oneOffs: [(uid: String, activity: Activity)], series: [ActivitySeries], overrides: [Override] = [],
                           names: Names, stamp: CivilDateTime, calendarName: String) -> String {
        var w = ICalendarWriter(productID: "-//Drammen kommune//Dugnad//NB", calendarName: calendarName)
        for (uid, a) in oneOffs { event(&w, uid: uid, a, rule: nil, exceptions: [], names: names, stamp: stamp) }
        for s in series {
            event(&w, uid: s.uid, s.template, rule: s.rule, exceptions: s.exceptions, names: names, stamp: stamp)
            // Its overrides right after it, in date order.
            for o in overrides.filter({ $0.seriesUID == s.uid }).sorted(by: { $0.recurrenceID < $1.recurrenceID }) {
                event(&w, uid: s.uid, o.activity, rule: nil, exceptions: [], names: names, stamp: stamp,
                      recurrenceID: (o.recurrenceID, o.allDay))
            }
        }
        return w.finished()
    }

    static func event(_ w: inout ICalendarWriter, uid: String, _ a: Activity, rule: RecurrenceRule?,
                      exceptions: Set<CivilDate>, names: Names, stamp: CivilDateTime,
                      recurrenceID: (CivilDateTime, allDay: Bool)? = nil) {
        w.begin("VEVENT")
        w.property("UID", raw: uid)
        if let (original, allDay) = recurrenceID {
            if allDay { w.property("RECURRENCE-ID;VALUE=DATE", raw: ICalendarWriter.format(original.date)) }
            else { w.property("RECURRENCE-ID", local: original) }
        }
        w.property("DTSTAMP", raw: ICalendarWriter.format(stamp) + "Z")
        if a.allDay {
            w.property("DTSTART", date: a.start.date)
            w.property("DTEND", date: max(a.end.date, a.start.date.adding(days: 1)))
        } else {
            w.property("DTSTART", local: a.start)
            w.property("DTEND", local: a.end)
        }
        w.property("SUMMARY", text: a.title)
        let description = ActivityDescriptionText.compose(a)
        if !description.isEmpty { w.property("DESCRIPTION", text: description) }
        let place = a.location.isEmpty ? (a.venueID.flatMap { names.venue[$0] } ?? "") : a.location
        if !place.isEmpty { w.property("LOCATION", text: place) }
        if a.cancelled { w.property("STATUS", raw: "CANCELLED") }
        if let rule { w.property("RRULE", raw: ruleText(rule, start: a.start, allDay: a.allDay)) }
        let dates = exceptions.sorted()
        if !dates.isEmpty {
            if a.allDay {
                w.property("EXDATE;VALUE=DATE", raw: dates.map(ICalendarWriter.format).joined(separator: ","))
            } else {
                w.exceptionDates(dates.map { CivilDateTime(date: $0, time: a.start.time) })
            }
        }
        w.property("CATEGORIES", text: a.category.rawValue)
        w.property("X-DUGNAD-CATEGORY", raw: a.category.rawValue)
        w.property("X-DUGNAD-AUDIENCE", raw: a.audience.rawValue)
        if !a.organiser.isEmpty { w.property("X-DUGNAD-ORGANISER", text: a.organiser) }
        if let k = a.kommunedelID.flatMap({ names.kommunedel[$0] }) { w.property("X-DUGNAD-KOMMUNEDEL", text: k) }
        if !a.free { w.property("X-DUGNAD-FREE", raw: "FALSE") }
        w.end("VEVENT")
    }

    /// RRULE text; UNTIL in UTC as RFC 5545 requires with a TZID start.
    public static func ruleText(_ rule: RecurrenceRule, start: CivilDateTime, allDay: Bool) -> String {
        var parts: [String]
        switch rule.pattern {
        case .weekly(let days):
            parts = ["FREQ=WEEKLY", "BYDAY=" + days.map { ICalendarValues.weekdayCodes[$0 - 1] }.joined(separator: ",")]
        case .monthly(let ordinal, let weekday):
            parts = ["FREQ=MONTHLY", "BYDAY=\(ordinal)\(ICalendarValues.weekdayCodes[weekday - 1])"]
        }
        if rule.interval > 1 { parts.insert("INTERVAL=\(rule.interval)", at: 1) }
        switch rule.end {
        case .never: break
        case .count(let n): parts.append("COUNT=\(n)")
        case .until(let d):
            if allDay { parts.append("UNTIL=" + ICalendarWriter.format(d)) }
            else {
                let utc = OsloTime.utc(fromCivil: CivilDateTime(date: d, time: start.time))
                parts.append("UNTIL=" + ICalendarWriter.format(utc) + "Z")
            }
        }
        return parts.joined(separator: ";")
    }
}
