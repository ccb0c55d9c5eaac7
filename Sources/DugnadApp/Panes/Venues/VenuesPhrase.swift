import DugnadCore

/// Every text of the Venues pane, in Bokmål and English.
public enum VenuesPhrase: Sendable, Equatable {
    case gridTitle(CivilDate)
    /// The week view's title: venue and the week from Monday.
    case weekTitle(venue: String, monday: CivilDate)
    /// A week view row's label: weekday and date.
    case weekDay(CivilDate)
    case noVenues
    case legendTitle
    case legend(Legend)
    case detail(DetailLabel)
    case pricePolicy(PricePolicy, hourly: Money, subsidised: Money)
    case accessMethod(AccessMethod)
    case accessibility(stepFree: Bool, toilet: Bool, loop: Bool)
    case closedAllDay
    case slotMinutes(Int)
    case capacityShort(Int)
    case conflict(BookingConflict)
    case price(Money)
    case priceFree
    case willBeRequested
    case noConflicts
    case bookingFormTitle(String)
    case field(Field)
    case bookerRequired
    case booked(venue: String, start: CivilDateTime, end: CivilDateTime)
    case requested(venue: String)
    case takenMeanwhile
    case cellNotFree
    case goToDatePrompt
    case filterTitle
    case any
    case atLeast(Int)
    case accessibilityFilter
    case series(SeriesPhrase)
    case approval(ApprovalPhrase)
    case freeSlot(FreeSlotPhrase)
    case admin(VenueAdminPhrase)
    case closures(ClosurePhrase)

    public enum Legend: Sendable, Equatable, CaseIterable { case free, booked, privateBooking, requested, closed, outside, holiday, cursor }
    public enum DetailLabel: Sendable, Equatable { case site, kind, capacity, openToday, price, access, accessibility, code, slot, booking }
    public enum Field: Sendable, Equatable {
        case date, from, to, organisation, bookerName, phone, purpose, attendees, isPublic
        case site, kind, kommunedel, minimumCapacity, stepFree, accessibleToilet, hearingLoop
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .nb: return bokmal
        case .en: return english
        }
    }

    /// What a venue is booked by: "kvarter", "halvtime", "time", else "20 minutter" ("bookes per halvtime").
    static func slotNB(_ minutes: Int) -> String {
        switch minutes {
        case 15: return "kvarter"
        case 30: return "halvtime"
        case 60: return "time"
        default: return "\(minutes) minutter"
        }
    }

    private var bokmal: String {
        switch self {
        case .series(let s): return s.text(.nb)
        case .approval(let a): return a.text(.nb)
        case .freeSlot(let f): return f.text(.nb)
        case .admin(let a): return a.text(.nb)
        case .closures(let c): return c.text(.nb)
        case .gridTitle(let d): return "Lokaler " + Phrase.dateLong(d).text(.nb)
        case .weekTitle(let venue, let m):
            let sunday = m.adding(days: 6)
            return "\(venue) · uke \(m.isoWeek), \(DateText.range(m, sunday, .nb))"
        case .weekDay(let d): return DateText.weekdayDayMonth(d, .nb)
        case .noVenues: return "Ingen lokaler passer filteret."
        case .legendTitle: return "Tegnforklaring for rutenettet"
        case .legend(let l):
            switch l {
            case .free: return "ledig"
            case .booked: return "booket (organisasjonens korte navn)"
            case .privateBooking: return "booket av en privatperson (navnet)"
            case .requested: return "forespurt, venter på godkjenning"
            case .closed: return "stengt (lokalet eller hele stedet er stengt)"
            case .outside: return "utenfor åpningstid"
            case .holiday: return "helligdag, lokalet holder stengt"
            case .cursor: return "markør og valgt tidsrom"
            }
        case .detail(let d):
            switch d {
            case .site: return "Sted"
            case .kind: return "Type"
            case .capacity: return "Plasser"
            case .openToday: return "Åpent"
            case .price: return "Pris"
            case .access: return "Adgang"
            case .accessibility: return "Tilrettelagt"
            case .code: return "Adgangskode"
            case .slot: return "Bookes per"
            case .booking: return "Booking"
            }
        case .pricePolicy(let p, let hourly, let subsidised):
            switch p {
            case .free: return "gratis for alle"
            case .freeForVoluntary: return "gratis for frivillige lag, ellers \(hourly.formatted) per time"
            case .hourly: return "\(hourly.formatted) per time"
            case .subsidised: return "subsidiert: \(subsidised.formatted) per time"
            }
        case .accessMethod(let a):
            switch a {
            case .staffed: return "betjent"
            case .keyPickup: return "nøkkel hentes"
            case .codeLock: return "kodelås"
            }
        case .accessibility(let s, let t, let l):
            let parts = [s ? "trinnfri adkomst" : nil, t ? "HC-toalett" : nil, l ? "teleslynge" : nil].compactMap { $0 }
            return parts.isEmpty ? "ikke registrert" : parts.joined(separator: ", ")
        case .closedAllDay: return "stengt hele dagen"
        case .slotMinutes(let m): return Self.slotNB(m)
        case .capacityShort(let c): return c == 1 ? "1 plass" : "\(c) plasser"
        case .conflict(let c):
            switch c {
            case .endNotAfterStart: return "Sluttid må være etter starttid."
            case .spansMidnight: return "En booking kan ikke gå over midnatt; book to dager hver for seg."
            case .nonexistentTime: return "Klokka hopper fra 02:00 til 03:00 denne natta; tidspunktet finnes ikke."
            case .offSlotGrid(let m): return "Lokalet bookes per \(Self.slotNB(m)); velg tider som passer med det."
            case .outsideOpeningHours: return "Utenfor lokalets åpningstid."
            case .holiday(let h): return "Lokalet holder stengt på helligdager (\(Phrase.holiday(h).text(.nb)))."
            case .closed(let reason): return reason.isEmpty ? "Lokalet er stengt denne dagen." : "Lokalet er stengt: \(reason)."
            case .overlaps(let who, let s, let e): return "Allerede booket av \(who) \(s.text)–\(e.text)."
            case .overCapacity(let c): return "Lokalet har bare plass til \(c)."
            case .noAttendees: return "Oppgi hvor mange som kommer."
            case .inactiveVenue: return "Lokalet er ikke lenger i bruk."
            }
        case .price(let m): return "Pris: \(m.formatted)"
        case .priceFree: return "Pris: gratis"
        case .willBeRequested: return "Lokalet krever godkjenning: bookingen havner i godkjenningskøen."
        case .noConflicts: return "Ledig – ingen konflikter."
        case .bookingFormTitle(let v): return "Book \(v)"
        case .field(let f):
            switch f {
            case .date: return "Dato"
            case .from: return "Fra"
            case .to: return "Til"
            case .organisation: return "Organisasjon"
            case .bookerName: return "Navn på leietaker"
            case .phone: return "Telefon"
            case .purpose: return "Formål"
            case .attendees: return "Antall deltakere"
            case .isPublic: return "Åpent for alle"
            case .site: return "Sted"
            case .kind: return "Type lokale"
            case .kommunedel: return "Kommunedel"
            case .minimumCapacity: return "Minst antall plasser"
            case .stepFree: return "Trinnfri adkomst"
            case .accessibleToilet: return "HC-toalett"
            case .hearingLoop: return "Teleslynge"
            }
        case .bookerRequired: return "Velg en organisasjon, eller skriv navnet på privatpersonen som leier."
        case .booked(let v, let s, let e):
            return "Booket \(v) \(Phrase.dateLong(s.date).text(.nb)) \(s.time.text)–\(e.time == .midnight ? "24:00" : e.time.text)."
        case .requested(let v): return "Forespørselen om \(v) er registrert og venter på godkjenning."
        case .takenMeanwhile: return "Noen andre booket akkurat dette tidsrommet. Rutenettet er oppdatert – velg en annen tid."
        case .cellNotFree: return "Ruten er ikke ledig. Velg en ledig rute (·) og trykk Enter."
        case .goToDatePrompt: return "Gå til dato: "
        case .filterTitle: return "Filtrer lokaler"
        case .any: return "alle"
        case .atLeast(let n): return n == 1 ? "minst 1 plass" : "minst \(n) plasser"
        case .accessibilityFilter: return "universelt utformet"
        }
    }

    private var english: String {
        switch self {
        case .series(let s): return s.text(.en)
        case .approval(let a): return a.text(.en)
        case .freeSlot(let f): return f.text(.en)
        case .admin(let a): return a.text(.en)
        case .closures(let c): return c.text(.en)
        case .gridTitle(let d): return "Venues " + Phrase.dateLong(d).text(.en)
        case .weekTitle(let venue, let m):
            let sunday = m.adding(days: 6)
            return "\(venue) · week \(m.isoWeek), \(DateText.range(m, sunday, .en))"
        case .weekDay(let d): return DateText.weekdayDayMonth(d, .en)
        case .noVenues: return "No venue matches the filter."
        case .legendTitle: return "Grid legend"
        case .legend(let l):
            switch l {
            case .free: return "free"
            case .booked: return "booked (the organisation's short name)"
            case .privateBooking: return "booked by a private person (the name)"
            case .requested: return "requested, awaiting approval"
            case .closed: return "closed (the venue or the whole site is closed)"
            case .outside: return "outside opening hours"
            case .holiday: return "public holiday, the venue is closed"
            case .cursor: return "cursor and selected time range"
            }
        case .detail(let d):
            switch d {
            case .site: return "Site"
            case .kind: return "Type"
            case .capacity: return "Capacity"
            case .openToday: return "Open"
            case .price: return "Price"
            case .access: return "Access"
            case .accessibility: return "Accessible"
            case .code: return "Access code"
            case .slot: return "Booked in"
            case .booking: return "Booking"
            }
        case .pricePolicy(let p, let hourly, let subsidised):
            switch p {
            case .free: return "free for everyone"
            case .freeForVoluntary: return "free for voluntary organisations, else \(hourly.formatted) an hour"
            case .hourly: return "\(hourly.formatted) an hour"
            case .subsidised: return "subsidised: \(subsidised.formatted) an hour"
            }
        case .accessMethod(let a):
            switch a {
            case .staffed: return "staffed"
            case .keyPickup: return "key pickup"
            case .codeLock: return "code lock"
            }
        case .accessibility(let s, let t, let l):
            let parts = [s ? "step-free access" : nil, t ? "accessible toilet" : nil, l ? "hearing loop" : nil].compactMap { $0 }
            return parts.isEmpty ? "not recorded" : parts.joined(separator: ", ")
        case .closedAllDay: return "closed all day"
        case .slotMinutes(let m): return "\(m)-minute slots"
        case .capacityShort(let c): return c == 1 ? "1 seat" : "\(c) seats"
        case .conflict(let c):
            switch c {
            case .endNotAfterStart: return "The end must be after the start."
            case .spansMidnight: return "A booking cannot run past midnight; book the two days separately."
            case .nonexistentTime: return "The clock jumps from 02:00 to 03:00 that night; the time does not exist."
            case .offSlotGrid(let m): return "The venue is booked in \(m)-minute slots; choose times that fit them."
            case .outsideOpeningHours: return "Outside the venue's opening hours."
            case .holiday(let h): return "The venue is closed on public holidays (\(Phrase.holiday(h).text(.en)))."
            case .closed(let reason): return reason.isEmpty ? "The venue is closed that day." : "The venue is closed: \(reason)."
            case .overlaps(let who, let s, let e): return "Already booked by \(who) \(s.text)–\(e.text)."
            case .overCapacity(let c): return "The venue only holds \(c)."
            case .noAttendees: return "Give the number of attendees."
            case .inactiveVenue: return "The venue is no longer in use."
            }
        case .price(let m): return "Price: \(m.formatted)"
        case .priceFree: return "Price: free"
        case .willBeRequested: return "The venue requires approval: the booking goes to the approval queue."
        case .noConflicts: return "Free – no conflicts."
        case .bookingFormTitle(let v): return "Book \(v)"
        case .field(let f):
            switch f {
            case .date: return "Date"
            case .from: return "From"
            case .to: return "To"
            case .organisation: return "Organisation"
            case .bookerName: return "Booker's name"
            case .phone: return "Phone"
            case .purpose: return "Purpose"
            case .attendees: return "Attendees"
            case .isPublic: return "Open to the public"
            case .site: return "Site"
            case .kind: return "Type of venue"
            case .kommunedel: return "District"
            case .minimumCapacity: return "Minimum capacity"
            case .stepFree: return "Step-free access"
            case .accessibleToilet: return "Accessible toilet"
            case .hearingLoop: return "Hearing loop"
            }
        case .bookerRequired: return "Choose an organisation, or type the name of the private person booking."
        case .booked(let v, let s, let e):
            return "Booked \(v) \(Phrase.dateLong(s.date).text(.en)) \(s.time.text)–\(e.time == .midnight ? "24:00" : e.time.text)."
        case .requested(let v): return "The request for \(v) is registered and awaits approval."
        case .takenMeanwhile: return "Someone else just booked this time. The grid is refreshed – choose another time."
        case .cellNotFree: return "That cell is not free. Choose a free cell (·) and press Enter."
        case .goToDatePrompt: return "Go to date: "
        case .filterTitle: return "Filter venues"
        case .any: return "any"
        case .atLeast(let n): return n == 1 ? "at least 1 seat" : "at least \(n) seats"
        case .accessibilityFilter: return "accessible"
        }
    }
}
