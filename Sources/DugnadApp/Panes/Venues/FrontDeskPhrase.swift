import DugnadCore

/// The front desk's texts: whose a booking is, the questions that name
/// exactly what happens, undo, and bookings on an organisation's card and in Ctrl-F.
public enum FrontDeskPhrase: Sendable, Equatable {
    /// "Avlyse bookingen tir. 1.12. kl. 21.30–23.00 i Flerbrukshall A, Danvik (Fjell VBK)?"
    case confirmCancelOne(BookingListing)
    case confirmCancelRest(BookingListing)
    case cancelledOne(BookingListing)
    case restored(BookingListing)
    case nothingToRestore
    case restoreRefused
    /// "tir. 1.12. kl. 21.30–23.00"
    case when(Booking)
    /// "Fjell Volleyballklubb" or "Kari Nordmann (privat)"
    case who(BookingListing)
    case privateMark
    case organisation, contact, phone, doorCode
    case upcomingBookings(shown: Int, total: Int)
    case noUpcomingBookings
    case booked(venue: String, Booking)
    case choiceYes(destructive: Bool), choiceNo
    case confirmKeys
    case quickPrompt
    case moreHits
    case quickProblem(QuickBooking.Problem)
    case quickTitle(QuickBooking, count: Int)
    /// "gratis for frivillige lag, ellers 450,00 kr" / "450,00 kr"
    case quickPrice(voluntary: Money, other: Money)

    public func text(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }

    private var bokmal: String {
        switch self {
        case .confirmCancelOne(let l):
            let rest = l.booking.seriesID == nil ? "" : " Bare denne datoen – resten av serien beholdes."
            return "Avlyse bookingen \(Self.whenText(l.booking, .nb)) i \(l.place) (\(Self.whoText(l, .nb)))?" + rest
        case .confirmCancelRest(let l):
            return "Avlyse hele resten av serien fra og med \(Self.whenText(l.booking, .nb)) i \(l.place) (\(Self.whoText(l, .nb)))?"
                + " Alle senere datoer i serien avlyses også."
        case .cancelledOne(let l): return "Avlyste \(Self.whenText(l.booking, .nb)) i \(l.venueName). Angre med u."
        case .restored(let l): return "Bookingen \(Self.whenText(l.booking, .nb)) i \(l.venueName) gjelder igjen."
        case .nothingToRestore: return "Ingen avlysning å angre."
        case .restoreRefused: return "Avlysningen kan ikke angres lenger (eldre enn ett døgn, eller tiden er tatt)."
        case .when(let b): return Self.whenText(b, .nb)
        case .who(let l): return Self.whoText(l, .nb)
        case .privateMark: return "privat"
        case .organisation: return "Organisasjon"
        case .contact: return "Kontakt"
        case .phone: return "Telefon"
        case .doorCode: return "Dørkode"
        case .upcomingBookings(let shown, let total):
            return shown < total ? "Kommende bookinger (\(shown) av \(total))" : "Kommende bookinger (\(total))"
        case .noUpcomingBookings: return "Ingen kommende bookinger"
        case .booked(let venue, let b):
            let code = b.accessCode.map { " Dørkode \($0)." } ?? ""
            return "Booket \(venue) \(Self.whenText(b, .nb)).\(code)"
        case .choiceYes(let destructive): return destructive ? "Ja, gjør det" : "Ja"
        case .choiceNo: return "Nei"
        case .confirmKeys: return "←/→ velger · Enter svarer · Esc = nei"
        case .moreHits: return "Flere treff enn vist – skriv mer for å snevre inn."
        case .quickPrompt: return "Hurtigbooking (dag tid antall sted): "
        case .quickProblem(.empty): return "Skriv dag, tid, antall og sted, f.eks. «tor 18-20 20 Fjell»."
        case .quickProblem(.missingTime): return "Tiden mangler: skriv f.eks. 18-20 eller 17:30-19."
        case .quickProblem(.badTimeRange(let w)): return "«\(w)» er ikke et tidsrom (f.eks. 18-20)."
        case .quickTitle(let q, let count):
            let people = q.attendees.map { $0 == 1 ? " for 1 person" : " for \($0) personer" } ?? ""
            return "\(count) \(count == 1 ? "ledig rom" : "ledige rom") \(Self.spanText(q, .nb))\(people), best egnet først"
        case .quickPrice(let v, let o):
            if o == .zero { return "gratis" }
            return v == .zero ? "gratis for frivillige lag, ellers \(o.formatted)" : o.formatted
        }
    }

    private var english: String {
        switch self {
        case .confirmCancelOne(let l):
            let rest = l.booking.seriesID == nil ? "" : " Only this date – the rest of the series stays."
            return "Cancel the booking \(Self.whenText(l.booking, .en)) in \(l.place) (\(Self.whoText(l, .en)))?" + rest
        case .confirmCancelRest(let l):
            return "Cancel the whole rest of the series from \(Self.whenText(l.booking, .en)) in \(l.place) (\(Self.whoText(l, .en)))?"
                + " Every later date of the series is cancelled too."
        case .cancelledOne(let l): return "Cancelled \(Self.whenText(l.booking, .en)) in \(l.venueName). Undo with u."
        case .restored(let l): return "The booking \(Self.whenText(l.booking, .en)) in \(l.venueName) is restored."
        case .nothingToRestore: return "No cancellation to undo."
        case .restoreRefused: return "The cancellation can no longer be undone (older than a day, or the time is taken)."
        case .when(let b): return Self.whenText(b, .en)
        case .who(let l): return Self.whoText(l, .en)
        case .privateMark: return "private"
        case .organisation: return "Organisation"
        case .contact: return "Contact"
        case .phone: return "Phone"
        case .doorCode: return "Door code"
        case .upcomingBookings(let shown, let total):
            return shown < total ? "Upcoming bookings (\(shown) of \(total))" : "Upcoming bookings (\(total))"
        case .noUpcomingBookings: return "No upcoming bookings"
        case .booked(let venue, let b):
            let code = b.accessCode.map { " Door code \($0)." } ?? ""
            return "Booked \(venue) \(Self.whenText(b, .en)).\(code)"
        case .choiceYes(let destructive): return destructive ? "Yes, do it" : "Yes"
        case .choiceNo: return "No"
        case .confirmKeys: return "←/→ choose · Enter answers · Esc = no"
        case .moreHits: return "More hits than shown – type more to narrow down."
        case .quickPrompt: return "Quick booking (day time people place): "
        case .quickProblem(.empty): return "Type day, time, people and place, e.g. “thu 18-20 20 Fjell”."
        case .quickProblem(.missingTime): return "The time is missing: type e.g. 18-20 or 17:30-19."
        case .quickProblem(.badTimeRange(let w)): return "“\(w)” is not a time range (e.g. 18-20)."
        case .quickTitle(let q, let count):
            let people = q.attendees.map { $0 == 1 ? " for 1 person" : " for \($0) people" } ?? ""
            return "\(count) free \(count == 1 ? "room" : "rooms") \(Self.spanText(q, .en))\(people), best fit first"
        case .quickPrice(let v, let o):
            if o == .zero { return "free" }
            return v == .zero ? "free for voluntary organisations, else \(o.formatted)" : o.formatted
        }
    }

    /// "tir. 1.12. kl. 21.30–23.00" / "Tue 1 Dec 21:30–23:00".
    static func whenText(_ b: Booking, _ language: Language) -> String {
        let end = b.end.date == b.start.date ? b.end.time.text : "24:00"
        let d = b.start.date
        let weekday = Phrase.weekdayShort(d.weekday).text(language)
        if language == .nb {
            let dot = { (s: String) in String(s.map { $0 == ":" ? "." : $0 }) }
            return "\(weekday) \(d.day).\(d.month). kl. \(dot(b.start.time.text))–\(dot(end))"
        }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekday) \(d.day) \(months[d.month - 1]) \(b.start.time.text)–\(end)"
    }

    static func spanText(_ q: QuickBooking, _ language: Language) -> String {
        let start = CivilDateTime(date: q.date, time: q.start)
        let end = q.end == .endOfDay ? CivilDateTime(date: q.date.adding(days: 1), time: .midnight)
            : CivilDateTime(date: q.date, time: q.end)
        return whenText(Booking(venueID: 0, start: start, end: end, bookerName: "", purpose: "", attendees: 0), language)
    }

    static func whoText(_ l: BookingListing, _ language: Language) -> String {
        if let party = l.party { return party.name }
        return "\(l.booking.bookerName), \(FrontDeskPhrase.privateMark.text(language))"
    }
}
