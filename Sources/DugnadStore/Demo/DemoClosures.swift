import DugnadCore

/// Closures a municipality really has: a sports hall's floor being redone
/// after New Year, a room being painted next week, school buildings closed
/// to lending over Christmas. They hit bookings already made, as real ones
/// do, so the closure list has bookers to call.
enum DemoClosures {
    static func generate(venues: [DemoVenue], sites: [Site], window: DemoWindow, count: Int,
                         rng: inout DemoRandom) -> [Closure] {
        let today = window.today
        let halls = venues.filter { [.idrettshall, .gymsal].contains($0.venue.kind) }.map(\.venue)
        let rooms = venues.filter { ![.idrettshall, .gymsal].contains($0.venue.kind) }.map(\.venue)
        let schools = sites.filter { $0.kind == .skole }
        var result: [Closure] = []
        var used = Set<RowID>()
        func unused(_ from: [Venue]) -> Venue? {
            guard !from.isEmpty else { return nil }
            for _ in 0..<20 {
                let v = rng.pick(from)
                if used.insert(v.id).inserted { return v }
            }
            return nil
        }
        let christmasEve = CivilDate(clampingYear: today.month == 12 && today.day > 23 ? today.year + 1 : today.year,
                                     month: 12, day: 23)
        for i in 0..<count {
            switch i % 3 {
            case 0:
                guard let hall = unused(halls) else { continue }
                let start = today.adding(days: 40 + rng.int(0...20)).startOfWeek
                result.append(Closure(venueID: hall.id, startsOn: start, endsOn: start.adding(days: 18),
                                      reason: "Nytt gulv i hallen"))
            case 1:
                guard let room = unused(rooms) else { continue }
                let start = today.adding(days: 3 + rng.int(0...10))
                result.append(Closure(venueID: room.id, startsOn: start, endsOn: start.adding(days: 1),
                                      reason: rng.pick(["Maling", "Vannskade, tørking", "Bytte av ventilasjon"])))
            default:
                guard !schools.isEmpty else { continue }
                let school = schools[(i / 3) % schools.count]
                guard !result.contains(where: { $0.siteID == school.id }) else { continue }
                result.append(Closure(siteID: school.id, startsOn: christmasEve, endsOn: christmasEve.adding(days: 10),
                                      reason: "Skolen er stengt i juleferien"))
            }
        }
        return result
    }
}
