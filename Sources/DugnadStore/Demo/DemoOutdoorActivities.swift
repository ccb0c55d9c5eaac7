import DugnadCore

/// Activities that need no booked room: weekly walks and outdoor training
/// organised from a kommunedel, and the 17. mai celebrations in every
/// kommunedel. They have a kommunedel but no venue.
enum DemoOutdoorActivities {
    static func generate(seriesCount: Int, firstID: RowID, window: DemoWindow,
                         rng: inout DemoRandom, emit: (DemoActivityRow) throws -> Void) rethrows -> Int {
        var id = firstID
        let kommunedeler = ReferenceData.kommunedeler
        let centres = ReferenceData.sites.filter { $0.kind == .frivilligsentral }

        for n in 0..<seriesCount {
            let template = DemoActivityTemplates.outdoor[n % DemoActivityTemplates.outdoor.count]
            let kommunedel = kommunedeler[n % kommunedeler.count]
            // Walks belong to the local frivilligsentral where there is one, else to a turlag.
            let centre = centres.first { $0.kommunedelID == kommunedel.id }
            let organiser = centre?.name ?? "Drammen Turlag"
            let weekday = rng.int(1...5)
            let starts: [Int] = template.time == .evening ? [1050, 1080] : [600, 660]   // 17:30/18:00, 10/11
            let start = rng.pick(starts)
            for date in window.days where date.weekday == weekday && !window.isHoliday(date)
                && DemoSeason.schoolYear.includes(date) {
                let activity = Activity(
                    id: id, title: template.title, organiser: organiser, category: template.category,
                    audience: template.audience, kommunedelID: kommunedel.id, venueID: nil,
                    start: CivilDateTime(date: date, time: CivilTime(minutes: start)!),
                    end: CivilDateTime(date: date, time: CivilTime(minutes: start + template.minutes)!),
                    cancelled: rng.chance(0.03), description: template.description)
                try emit(DemoActivityRow(activity: activity, organisationID: nil, bookingID: nil, priceOre: 0))
                id += 1
            }
        }

        // 17. mai: barnetog and celebration in every kommunedel.
        for year in window.first.year...window.last.year {
            let day = CivilDate(clampingYear: year, month: 5, day: 17)
            guard day >= window.first && day <= window.last else { continue }
            for kommunedel in kommunedeler {
                let activity = Activity(
                    id: id, title: "17. mai-feiring", organiser: "17. mai-komiteen \(kommunedel.name)",
                    category: .kultur, audience: .alle, kommunedelID: kommunedel.id, venueID: nil,
                    start: CivilDateTime(date: day, time: CivilTime(hour: 10)!),
                    end: CivilDateTime(date: day, time: CivilTime(hour: 15)!),
                    description: "Barnetog, korps og leker for hele familien.")
                try emit(DemoActivityRow(activity: activity, organisationID: nil, bookingID: nil, priceOre: 0))
                id += 1
            }
        }
        return Int(id - firstID)
    }
}
