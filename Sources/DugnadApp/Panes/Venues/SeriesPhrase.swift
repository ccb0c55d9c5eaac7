import DugnadCore

/// The weekly series' texts (booking form repeat section, preview, cancelling), Bokmål and English.
public enum SeriesPhrase: Sendable, Equatable {
    case repeatOn, every, untilOrCount, skip
    case skipChoice(SeriesSkip)
    case badWeekdays, badUntil
    /// "12 ganger: 10 bookes, 2 hoppes over"
    case summary(total: Int, booked: Int, skipped: Int)
    /// The repeat form: "8 ganger med denne: 6 nye bookes, 1 hoppes over"
    case repeatSummary(total: Int, booked: Int, skipped: Int)
    case occurrenceFree([CivilDate])
    /// `reason` nil: a public holiday.
    case occurrenceSkipped(CivilDate, reason: BookingConflict?)
    case occurrenceRefused(CivilDate, reason: BookingConflict?)
    case booked(count: Int, skipped: Int)
    case confirmCancelOne(CivilDate), confirmCancelRest(CivilDate)
    case cancelledOne, cancelledRest(Int)
    case notInSeries
    case alreadyInSeries
    /// Changing a booking, or its series from a date on.
    case editTitle(venue: String, date: CivilDate)
    case repeatTitle(venue: String, date: CivilDate)
    case scope
    case scopeChoice(BookingEditScope)
    /// "Endrer 14 bookinger, 03.12.2026–17.06.2027"
    case editSummary(count: Int, first: CivilDate, last: CivilDate)
    case edited(count: Int)
    /// What the repeat form repeats: "tor 03.12.2026 18:00–20:00, Fjell IL: Trening"
    case repeating(Booking)

    public func text(_ language: Language) -> String {
        let dates = { (ds: [CivilDate]) in ds.map { DateText.day($0, language) }.joined(separator: ", ") }
        let day = { (d: CivilDate) in DateText.day(d, language) }
        let times = { (n: Int) in language == .nb ? (n == 1 ? "1 gang" : "\(n) ganger") : (n == 1 ? "1 occurrence" : "\(n) occurrences") }
        let bookings = { (n: Int) in language == .nb ? (n == 1 ? "1 booking" : "\(n) bookinger") : (n == 1 ? "1 booking" : "\(n) bookings") }
        let why = { (c: BookingConflict?) in
            c.map { VenuesPhrase.conflict($0).text(language) } ?? (language == .nb ? "helligdag" : "public holiday")
        }
        switch (self, language) {
        case (.repeatOn, .nb): return "Gjenta ukentlig på"
        case (.repeatOn, .en): return "Repeat weekly on"
        case (.every, .nb): return "Hver n-te uke"
        case (.every, .en): return "Every n weeks"
        case (.untilOrCount, .nb): return "Til og med / antall"
        case (.untilOrCount, .en): return "Until date / count"
        case (.skip, .nb): return "Hopp over"
        case (.skip, .en): return "Skip"
        case (.skipChoice(let s), .nb):
            switch s {
            case .nothing: return "ingenting"
            case .holidays: return "helligdager"
            case .conflicts: return "datoer med konflikt"
            case .both: return "helligdager og konflikter"
            }
        case (.skipChoice(let s), .en):
            switch s {
            case .nothing: return "nothing"
            case .holidays: return "public holidays"
            case .conflicts: return "conflicting dates"
            case .both: return "holidays and conflicts"
            }
        case (.badWeekdays, .nb): return "Skriv ukedager, f.eks. «tir tor» eller «man ons»."
        case (.badWeekdays, .en): return "Type weekdays, e.g. “tue thu” or “mon wed”."
        case (.badUntil, .nb): return "Skriv en dato (dd.mm.åååå) eller et antall ganger."
        case (.badUntil, .en): return "Type a date (dd.mm.yyyy) or a number of times."
        case (.summary(let total, let booked, let skipped), .nb):
            return "\(times(total)): \(booked) bookes, \(skipped) hoppes over"
        case (.summary(let total, let booked, let skipped), .en):
            return "\(times(total)): \(booked) to book, \(skipped) skipped"
        case (.repeatSummary(let total, let booked, let skipped), .nb):
            return "\(times(total)) med denne: \(booked) nye bookes, \(skipped) hoppes over"
        case (.repeatSummary(let total, let booked, let skipped), .en):
            return "\(times(total)) with this one: \(booked) new to book, \(skipped) skipped"
        case (.occurrenceFree(let ds), .nb): return "Ledig: " + dates(ds)
        case (.occurrenceFree(let ds), .en): return "Free: " + dates(ds)
        case (.occurrenceSkipped(let d, let r), .nb): return "\(day(d)) hoppes over: \(why(r))"
        case (.occurrenceSkipped(let d, let r), .en): return "\(day(d)) skipped: \(why(r))"
        case (.occurrenceRefused(let d, let r), .nb): return "\(day(d)) stopper serien: \(why(r))"
        case (.occurrenceRefused(let d, let r), .en): return "\(day(d)) stops the series: \(why(r))"
        case (.booked(let n, let s), .nb): return "Serien er booket: \(times(n))" + (s > 0 ? ", \(s) hoppet over." : ".")
        case (.booked(let n, let s), .en): return "Series booked: \(times(n))" + (s > 0 ? ", \(s) skipped." : ".")
        case (.confirmCancelOne(let d), .nb): return "Avlyse bookingen \(day(d))?"
        case (.confirmCancelOne(let d), .en): return "Cancel the booking on \(day(d))?"
        case (.confirmCancelRest(let d), .nb): return "Avlyse resten av serien fra og med \(day(d))?"
        case (.confirmCancelRest(let d), .en): return "Cancel the rest of the series from \(day(d)) on?"
        case (.cancelledOne, .nb): return "Bookingen er avlyst."
        case (.cancelledOne, .en): return "The booking is cancelled."
        case (.cancelledRest(let n), .nb): return "Resten av serien er avlyst (\(bookings(n)))."
        case (.cancelledRest(let n), .en): return "The rest of the series is cancelled (\(bookings(n)))."
        case (.notInSeries, .nb): return "Bookingen er ikke del av en serie."
        case (.notInSeries, .en): return "The booking is not part of a series."
        case (.alreadyInSeries, .nb): return "Bookingen hører allerede til en serie; endre serien med e."
        case (.alreadyInSeries, .en): return "The booking already belongs to a series; change the series with e."
        case (.editTitle(let v, let d), .nb): return "Endre booking: \(v), \(day(d))"
        case (.editTitle(let v, let d), .en): return "Change booking: \(v), \(day(d))"
        case (.repeatTitle(let v, let d), .nb): return "Gjenta booking: \(v), fra \(day(d))"
        case (.repeatTitle(let v, let d), .en): return "Repeat booking: \(v), from \(day(d))"
        case (.scope, .nb): return "Endringen gjelder"
        case (.scope, .en): return "The change applies to"
        case (.scopeChoice(.thisDate), .nb): return "bare denne datoen"
        case (.scopeChoice(.thisDate), .en): return "this date only"
        case (.scopeChoice(.fromThisDate), .nb): return "denne og senere datoer i serien"
        case (.scopeChoice(.fromThisDate), .en): return "this and later dates of the series"
        case (.editSummary(let n, let first, let last), .nb):
            return n == 1 ? "Endrer 1 booking, \(day(first))" : "Endrer \(n) bookinger, \(DateText.range(first, last, .nb))"
        case (.editSummary(let n, let first, let last), .en):
            return n == 1 ? "Changes 1 booking, \(day(first))" : "Changes \(n) bookings, \(DateText.range(first, last, .en))"
        case (.edited(let n), .nb): return n == 1 ? "Bookingen er endret." : "\(n) bookinger i serien er endret."
        case (.edited(let n), .en): return n == 1 ? "The booking is changed." : "\(n) bookings of the series are changed."
        case (.repeating(let b), _):
            let end = b.end.date == b.start.date ? b.end.time.text : "24:00"
            return "\(Phrase.dateLong(b.start.date).text(language)) \(b.start.time.text)–\(end), \(b.bookerName): \(b.purpose)"
        }
    }
}

/// Which occurrences of a series are left out rather than refusing it.
public enum SeriesSkip: String, Sendable, Equatable, CaseIterable {
    case nothing, holidays, conflicts, both
    public var skipsHolidays: Bool { self == .holidays || self == .both }
    public var skipsConflicts: Bool { self == .conflicts || self == .both }
}
