/// Why an item of an iCalendar file was skipped, or what the import did with
/// it that the user should know (one report line each).
public struct ICalendarImportProblem: Sendable, Equatable, Error {
    /// The reasons the Calendar pane's phrase table knows (kept as they were for it;
    /// `cause` has the full set).
    public enum Reason: Sendable, Equatable {
        case unsupportedComponent(String)
        case badLine(String)
        case missingStart
        case badValue(property: String, value: String)
        case unknownTimeZone(String)
        case unsupportedRule(String)
        case endBeforeStart
        case singleOccurrenceChange
        case unknownSeries
        case notAnOccurrence(CivilDate)
        case duplicateUID
        case notACalendar
    }

    public enum Cause: Sendable, Equatable {
        case unsupportedComponent(String)
        case badLine(String)
        case missingStart
        case badValue(property: String, value: String)
        /// A date outside the years an activity may have.
        case outOfRange(property: String, value: String)
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
        // Notes: the item was imported; this says how.
        /// END:VTOOD where END:VEVENT belonged: read as the end of the open component.
        case mismatchedEnd(found: String, open: String)
        /// Lines outside any component (text after END:VCALENDAR): ignored.
        case strayText(String, lines: Int)
        /// BEGIN without END: read to the end of the file.
        case unclosed(String)
        /// A series Dugnad's model cannot hold, stored as its single occurrences
        /// (`count` of them, `from`…`through`; `truncated` when more were left out).
        case expanded(count: Int, from: CivilDate?, through: CivilDate?, truncated: Bool)
    }

    /// Line where the item begins.
    public var line: Int
    /// UID or SUMMARY, whatever names the item best ("" for bad lines).
    public var item: String
    public var cause: Cause

    public init(line: Int, item: String, cause: Cause) { self.line = line; self.item = item; self.cause = cause }
    public init(line: Int, item: String, reason: Reason) {
        self.line = line; self.item = item
        switch reason {
        case .unsupportedComponent(let c): cause = .unsupportedComponent(c)
        case .badLine(let l): cause = .badLine(l)
        case .missingStart: cause = .missingStart
        case .badValue(let p, let v): cause = .badValue(property: p, value: v)
        case .unknownTimeZone(let z): cause = .unknownTimeZone(z)
        case .unsupportedRule(let r): cause = .unsupportedRule(r)
        case .endBeforeStart: cause = .endBeforeStart
        case .singleOccurrenceChange: cause = .singleOccurrenceChange
        case .unknownSeries: cause = .unknownSeries
        case .notAnOccurrence(let d): cause = .notAnOccurrence(d)
        case .duplicateUID: cause = .duplicateUID
        case .notACalendar: cause = .notACalendar
        }
    }

    /// False for notes: the item was imported.
    public var skipped: Bool {
        switch cause {
        case .mismatchedEnd, .strayText, .unclosed, .expanded: return false
        default: return true
        }
    }

    /// The nearest of the pane's reasons.
    public var reason: Reason {
        switch cause {
        case .unsupportedComponent(let c): return .unsupportedComponent(c)
        case .badLine(let l): return .badLine(l)
        case .missingStart: return .missingStart
        case .badValue(let p, let v), .outOfRange(let p, let v): return .badValue(property: p, value: v)
        case .unknownTimeZone(let z): return .unknownTimeZone(z)
        case .unsupportedRule(let r): return .unsupportedRule(r)
        case .endBeforeStart: return .endBeforeStart
        case .singleOccurrenceChange: return .singleOccurrenceChange
        case .unknownSeries: return .unknownSeries
        case .notAnOccurrence(let d): return .notAnOccurrence(d)
        case .duplicateUID: return .duplicateUID
        case .notACalendar: return .notACalendar
        case .mismatchedEnd(let found, _): return .badLine("END:" + found)
        case .strayText(let t, _): return .badLine(t)
        case .unclosed(let c): return .badLine("BEGIN:" + c)
        case .expanded: return .unsupportedRule("RRULE")
        }
    }

    /// The report line's reason, in Bokmål.
    public var bokmal: String {
        switch cause {
        case .unsupportedComponent(let c): return "\(c) støttes ikke, bare VEVENT"
        case .badLine(let l): return "ulesbar linje «\(l.prefix(40))»"
        case .missingStart: return "mangler DTSTART"
        case .badValue(let p, let v): return "ugyldig \(p) «\(v.prefix(60))»"
        case .outOfRange(let p, let v): return "\(p) «\(v.prefix(40))» er utenfor årene \(Self.years)"
        case .unknownTimeZone(let tz): return "ukjent tidssone «\(tz.prefix(60))» (verken i tidssonedatabasen eller som VTIMEZONE i filen)"
        case .unsupportedRule(let r): return "gjentakelsen «\(r.prefix(60))» støttes ikke"
        case .endBeforeStart: return "slutter før den starter"
        case .singleOccurrenceChange: return "endring av resten av en serie (RECURRENCE-ID;RANGE=THISANDFUTURE) støttes ikke"
        case .unknownSeries: return "endrer én forekomst (RECURRENCE-ID) av en serie som verken er i filen eller lagret"
        case .notAnOccurrence(let d): return "serien har ingen forekomst \(d.day).\(d.month).\(d.year) (RECURRENCE-ID)"
        case .duplicateUID: return "samme UID finnes to ganger i filen"
        case .notACalendar: return "filen er ikke en iCalendar-fil (mangler BEGIN:VCALENDAR)"
        case .mismatchedEnd(let f, let o): return "END:\(f.prefix(30)) der END:\(o) skulle stå; lest som slutten på \(o) (importert)"
        case .strayText(let t, let n): return "\(n) linje(r) utenfor VCALENDAR ble ikke lest, fra «\(t.prefix(40))»"
        case .unclosed(let c): return "BEGIN:\(c) uten END:\(c); lest til slutten av filen (importert)"
        case .expanded(let n, let f, let t, let cut):
            return "gjentakelsen kan ikke lagres som serie i Dugnad; importert som \(n) enkeltforekomster"
                + (f.map { d in " \(d.norwegian)–\(t?.norwegian ?? "")" } ?? "") + (cut ? " (resten utenfor perioden)" : "")
        }
    }

    public var english: String {
        switch cause {
        case .unsupportedComponent(let c): return "\(c) is not supported, only VEVENT"
        case .badLine(let l): return "unreadable line “\(l.prefix(40))”"
        case .missingStart: return "no DTSTART"
        case .badValue(let p, let v): return "invalid \(p) “\(v.prefix(60))”"
        case .outOfRange(let p, let v): return "\(p) “\(v.prefix(40))” is outside the years \(Self.years)"
        case .unknownTimeZone(let tz): return "unknown time zone “\(tz.prefix(60))” (neither in the tz database nor a VTIMEZONE in the file)"
        case .unsupportedRule(let r): return "the recurrence “\(r.prefix(60))” is not supported"
        case .endBeforeStart: return "ends before it starts"
        case .singleOccurrenceChange: return "changes to the rest of a series (RECURRENCE-ID;RANGE=THISANDFUTURE) are not supported"
        case .unknownSeries: return "changes one occurrence (RECURRENCE-ID) of a series that is neither in the file nor stored"
        case .notAnOccurrence(let d): return "the series has no occurrence on \(d.iso) (RECURRENCE-ID)"
        case .duplicateUID: return "the same UID appears twice in the file"
        case .notACalendar: return "not an iCalendar file (no BEGIN:VCALENDAR)"
        case .mismatchedEnd(let f, let o): return "END:\(f.prefix(30)) where END:\(o) belongs; read as the end of \(o) (imported)"
        case .strayText(let t, let n): return "\(n) line(s) outside VCALENDAR were not read, from “\(t.prefix(40))”"
        case .unclosed(let c): return "BEGIN:\(c) without END:\(c); read to the end of the file (imported)"
        case .expanded(let n, let f, let t, let cut):
            return "the recurrence cannot be stored as a Dugnad series; imported as \(n) single occurrences"
                + (f.map { d in " \(d.iso)–\(t?.iso ?? "")" } ?? "") + (cut ? " (the rest is outside the period)" : "")
        }
    }

    static var years: String { "\(ICalendarValues.activityYears.lowerBound)–\(ICalendarValues.activityYears.upperBound)" }
}
