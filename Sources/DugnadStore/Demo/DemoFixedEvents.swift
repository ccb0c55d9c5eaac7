import DugnadCore

/// The one-off events the seed names (Barnas id-feiring, Juledugnaden,
/// Elvefestivalen, Globusfestivalen, Frivilligbørs, Kulturytring, World Cup
/// Drammen), on their usual dates in every year the window covers, in the
/// venue the seed puts them. Events whose venue is not in a small demo are
/// left out; they are a handful of rows.
enum DemoFixedEvents {
    /// Eid al-Fitr by year (the id-feiring is held the Saturday after).
    private static let eid: [Int: (Int, Int)] = [
        2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 9), 2028: (2, 26),
        2029: (2, 14), 2030: (2, 4), 2031: (1, 24), 2032: (1, 14),
    ]

    private struct Spec: Sendable {
        let site: String
        let room: String
        let organiser: String
        let title: String
        let category: ActivityCategory
        let audience: Audience
        let start: Int
        let end: Int
        let attendees: Int
        let description: String
        /// The event's dates in a year.
        let dates: @Sendable (Int) -> [CivilDate]
    }

    private static func nth(_ weekday: Int, _ n: Int, month: Int, year: Int) -> CivilDate {
        let first = CivilDate(clampingYear: year, month: month, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    private static let specs: [Spec] = [
        Spec(site: "Knutepunkt Fjell", room: "Storsalen", organiser: "Redd Barna Drammen", title: "Barnas id-feiring",
             category: .kultur, audience: .alle, start: 12 * 60, end: 17 * 60, attendees: 200,
             description: "Et samarbeid mellom Redd Barna, Forandringshuset, Neon Fritidsklubb, Bydelsmødrene, "
                + "Fjell bibliotek, Innbyggertorget, «Vær sammen – del gleden» og Danvik-Fjell frivilligsentral.",
             dates: { year in
                 guard let (m, d) = eid[year], let day = CivilDate(year: year, month: m, day: d) else { return [] }
                 return [day.adding(days: (6 - day.weekday + 7) % 7)]
             }),
        Spec(site: "Knutepunkt Svelvik", room: "Storsalen", organiser: "Svelvik Lions", title: "Juledugnaden",
             category: .sosialt, audience: .alle, start: 10 * 60, end: 16 * 60, attendees: 120,
             description: "Utdeling av matkasser og julegaver. Samarbeid mellom Svelvik Lions, Rotary, Kiwanis, "
                + "Stjernedryss, Svelvik kjøkken og frivilligsentralen.",
             dates: { year in [CivilDate(clampingYear: year, month: 12, day: 20)] }),
        Spec(site: "Svelvik frivilligsentral", room: "Kafeen", organiser: "Svelvik Lions",
             title: "Juledugnaden – julemiddag", category: .sosialt, audience: .alle, start: 13 * 60, end: 16 * 60,
             attendees: 60, description: "Varm julemiddag på julaften for alle som ønsker selskap.",
             dates: { year in [CivilDate(clampingYear: year, month: 12, day: 24)] }),
        Spec(site: "Elveparken", room: "Hele området", organiser: "Elvefestivalen", title: "Elvefestivalen",
             category: .kultur, audience: .alle, start: 12 * 60, end: 23 * 60, attendees: 3000,
             description: "Byfest langs elva med konserter og aktiviteter.",
             dates: { year in
                 let thursday = nth(4, 2, month: 8, year: year)
                 return [thursday, thursday.adding(days: 1), thursday.adding(days: 2)]
             }),
        Spec(site: "Bragernes torg", room: "Hele området", organiser: "Globusfestivalen", title: "Globusfestivalen",
             category: .kultur, audience: .alle, start: 11 * 60, end: 18 * 60, attendees: 2000,
             description: "Flerkulturell festival med mat, musikk og dans fra hele verden.",
             dates: { year in [nth(6, 1, month: 9, year: year)] }),
        Spec(site: "Knutepunkt Strømsø", room: "Storsalen", organiser: "Strømsø frivilligsentral",
             title: "Frivilligbørs", category: .sosialt, audience: .voksne, start: 17 * 60, end: 20 * 60,
             attendees: 150, description: "Møteplass for samarbeid mellom kommune, frivillighet og næringsliv.",
             dates: { year in [nth(4, 4, month: 10, year: year)] }),
        Spec(site: "Union Scene", room: "Store sal", organiser: "Norsk kulturforum", title: "Kulturytring",
             category: .kultur, audience: .voksne, start: 10 * 60, end: 18 * 60, attendees: 200,
             description: "Nasjonal arena for kulturpolitikk. Drammen kommune er vertskap.",
             dates: { year in
                 let wednesday = nth(3, 1, month: 6, year: year)
                 return [wednesday, wednesday.adding(days: 1)]
             }),
        Spec(site: "Bragernes torg", room: "Hele området", organiser: "World Cup Drammen",
             title: "World Cup Drammen – sprint", category: .idrett, audience: .alle, start: 10 * 60, end: 21 * 60,
             attendees: 3000, description: "Verdenscup i langrenn midt i byen.",
             dates: { year in [nth(4, 1, month: 3, year: year)] }),
        Spec(site: "Knutepunkt Fjell", room: "Storsalen", organiser: "Danvik-Fjell frivilligsentral",
             title: "Inspirasjonskveld for frivillige", category: .sosialt, audience: .voksne,
             start: 18 * 60, end: 20 * 60 + 30, attendees: 80,
             description: "Temakveld fra frivillignettverket, åpen for alle frivillige i Drammen.",
             dates: { year in [2, 4, 9, 11].map { nth(2, 2, month: $0, year: year) } }),
    ]

    /// Events by venue index, then by day number.
    static func plan(venues: [DemoVenue], siteIDs: [String: RowID], orgs: DemoOrgIndex,
                     window: DemoWindow) -> [Int: [Int: [DemoFixedEvent]]] {
        var result: [Int: [Int: [DemoFixedEvent]]] = [:]
        for spec in specs {
            guard let siteID = siteIDs[spec.site],
                  let index = venues.firstIndex(where: { $0.venue.siteID == siteID && $0.venue.name == spec.room })
            else { continue }
            let venue = venues[index].venue
            let org = orgs.named(spec.organiser)?.org
            let booker = org.map(DemoBooker.organisation) ?? .municipal(spec.organiser)
            for year in window.first.year...window.last.year {
                for date in spec.dates(year) where date >= window.first && date <= window.last {
                    // Bookings stay inside opening hours and on the venue's slots;
                    // an event on a day the venue is closed is left out.
                    if venue.closedOnHolidays && window.isHoliday(date) { continue }
                    guard let interval = venue.openingHours.intervals(on: date.weekday).first else { continue }
                    let slot = venue.slotMinutes
                    let start = max(spec.start / slot * slot, interval.start.minutes)
                    let end = min((spec.end + slot - 1) / slot * slot, interval.end.minutes)
                    guard start < end else { continue }
                    let info = DemoActivityInfo(title: spec.title, organiser: org?.name ?? spec.organiser,
                                                organisationID: org?.id, category: spec.category,
                                                audience: spec.audience, description: spec.description)
                    let event = DemoFixedEvent(date: date, start: start, end: end, booker: booker,
                                               purpose: spec.title, attendees: min(spec.attendees, venue.capacity),
                                               activity: info)
                    result[index, default: [:]][date.dayNumber, default: []].append(event)
                }
            }
        }
        return result
    }
}
