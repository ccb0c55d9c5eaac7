import DugnadCore

/// Plans the weekly bookings of each venue: first the community activities
/// that suit the room, then clubs filling prime time (weekday evenings in
/// halls and gyms), never two on the same weekday and time.
struct DemoSeriesPlanner {
    let orgs: DemoOrgIndex
    let siteNames: [RowID: String]
    var nextSeriesID: RowID

    mutating func plan(_ dv: DemoVenue, rng: inout DemoRandom) -> [DemoSeries] {
        let venue = dv.venue
        var days = Array(repeating: DemoDayPlan(), count: 7)
        var result: [DemoSeries] = []
        let siteName = venue.siteID.flatMap { siteNames[$0] } ?? venue.name

        // Community activities first: they are why the room exists.
        let (pool, count) = communityPool(dv, rng: &rng)
        for template in rng.sample(pool, count: count) {
            var organiser = siteName
            var organisationID: RowID? = nil
            var booker = DemoBooker.municipal(siteName)
            if DemoActivityTemplates.activeCommunityHall.contains(where: { $0.title == template.title })
                || DemoActivityTemplates.activeCommunityRoom.contains(where: { $0.title == template.title }) {
                // Aktive lokalsamfunn activities are run by the local sports club.
                if let club = orgs.sportsClub(near: venue.kommunedelID, rng: &rng) {
                    organiser = "Aktive lokalsamfunn – \(club.org.name)"
                    organisationID = club.org.id
                    booker = .organisation(club.org)
                }
            }
            let info = DemoActivityInfo(title: template.title, organiser: organiser, organisationID: organisationID,
                                        category: template.category, audience: template.audience,
                                        description: template.description)
            guard let (weekday, start, end) = findTime(venue, template.time, template.minutes, &days, &rng) else {
                continue
            }
            result.append(DemoSeries(id: takeID(), weekday: weekday, start: start, end: end,
                                     season: rng.chance(0.8) ? .schoolYear : .allYear, booker: booker,
                                     purpose: template.title,
                                     attendees: attendees(venue.capacity, meeting: false, rng: &rng),
                                     activity: info))
        }

        // Clubs walk through each weekday, taking prime time with some probability.
        for weekday in 1...7 {
            for interval in venue.openingHours.intervals(on: weekday) {
                var t = align(interval.start.minutes, venue.slotMinutes)
                while t < interval.end.minutes {
                    let step = max(30, venue.slotMinutes)
                    guard rng.chance(fillProbability(dv, weekday: weekday, minute: t)) else { t += step; continue }
                    let sporty = venue.kind == .idrettshall || venue.kind == .gymsal
                    let meeting = venue.kind == .moterom || (!sporty && rng.chance(0.3))
                    let org = meeting ? orgs.forMeeting(in: venue, rng: &rng) : orgs.forActivity(in: venue, rng: &rng)
                    guard let org else { t += step; continue }
                    let minutes = duration(venue, meeting: meeting, rng: &rng)
                    let end = min(t + minutes, interval.end.minutes)
                    guard end > t, days[weekday - 1].isFree(t, end) else { t += step; continue }
                    days[weekday - 1].take(t, end)
                    let purpose = purposeFor(org, venue: venue, meeting: meeting, rng: &rng)
                    let seasons: [(DemoSeason, Double)] = [(.schoolYear, 7), (.allYear, 1), (.autumn, 1), (.spring, 1)]
                    var series = DemoSeries(id: takeID(), weekday: weekday, start: t, end: end,
                                            season: rng.pick(seasons), booker: .organisation(org.org),
                                            purpose: purpose,
                                            attendees: attendees(venue.capacity, meeting: meeting, rng: &rng),
                                            activity: nil)
                    if !meeting, let pattern = org.pattern, Self.canBePublic(purpose), rng.chance(0.35) {
                        series.activity = DemoActivityInfo(
                            title: purpose, organiser: org.org.name, organisationID: org.org.id,
                            category: pattern.activityCategory, audience: pattern.audience,
                            description: "Nye deltakere er velkomne. Kontakt \(org.org.contactName).",
                            priceOre: rng.chance(0.25) ? Int64(rng.int(2...20)) * 2_500 : 0)
                    }
                    result.append(series)
                    t = end
                }
            }
        }
        return result
    }

    private mutating func takeID() -> RowID {
        defer { nextSeriesID += 1 }
        return nextSeriesID
    }

    /// Meetings and age-group team training are not calendar events.
    static func canBePublic(_ purpose: String) -> Bool {
        !DemoOrgPatterns.meetings.contains(purpose) && !purpose.hasPrefix("Trening ") && purpose != "Kamp"
            && !purpose.hasSuffix("møte")
    }

    private func communityPool(_ dv: DemoVenue, rng: inout DemoRandom) -> ([DemoActivityTemplate], Int) {
        switch (dv.siteKind, dv.venue.kind) {
        case (.frivilligsentral, .frivilligsentral): return (DemoActivityTemplates.frivilligsentral, rng.int(3...6))
        case (.frivilligsentral, _): return (DemoActivityTemplates.frivilligsentral, rng.int(2...3))
        case (.bibliotek, .bibliotek): return (DemoActivityTemplates.library, rng.int(3...5))
        case (.bibliotek, _): return (DemoActivityTemplates.library, rng.int(1...2))
        case (.knutepunkt, .forsamlingslokale): return (DemoActivityTemplates.knutepunkt, rng.int(2...4))
        case (.knutepunkt, _): return (DemoActivityTemplates.knutepunkt, rng.int(1...2))
        case (_, .gymsal), (_, .idrettshall):
            return (DemoActivityTemplates.activeCommunityHall, rng.chance(0.6) ? rng.int(1...3) : 0)
        case (.skole, _), (.kulturhus, _):
            return (DemoActivityTemplates.activeCommunityRoom, rng.chance(0.5) ? rng.int(1...2) : 0)
        default: return ([], 0)
        }
    }

    /// A weekday and time in the venue's opening hours for a community activity.
    private func findTime(_ venue: Venue, _ time: DemoActivityTemplate.TimeOfDay, _ minutes: Int,
                          _ days: inout [DemoDayPlan], _ rng: inout DemoRandom) -> (Int, Int, Int)? {
        let (weekdays, earliest, latest): ([Int], Int, Int) = switch time {
        case .morning: ([1, 2, 3, 4, 5], 9 * 60, 13 * 60)
        case .afternoon: ([1, 2, 3, 4], 15 * 60, 18 * 60)
        case .evening: ([1, 2, 3, 4, 5], 17 * 60 + 30, 20 * 60)
        case .weekend: ([6, 7], 10 * 60, 15 * 60)
        }
        let slot = venue.slotMinutes
        let length = (minutes + slot - 1) / slot * slot
        for _ in 0..<12 {
            let weekday = rng.pick(weekdays)
            // Open hours may start later than the preferred time (schools open at 16).
            for interval in venue.openingHours.intervals(on: weekday) {
                let low = max(align(earliest, slot), align(interval.start.minutes, slot))
                let high = min(latest, interval.end.minutes - length)
                guard low <= high else { continue }
                let start = low + rng.int(0...((high - low) / slot)) * slot
                if days[weekday - 1].isFree(start, start + length) {
                    days[weekday - 1].take(start, start + length)
                    return (weekday, start, start + length)
                }
            }
        }
        return nil
    }

    /// How likely a club takes a weekly slot at `minute`: halls are full on
    /// weekday evenings, meeting rooms much less so.
    private func fillProbability(_ dv: DemoVenue, weekday: Int, minute: Int) -> Double {
        let hour = minute / 60
        let weekend = weekday >= 6, friday = weekday == 5
        let evening = hour >= 16 && hour < 22
        switch dv.venue.kind {
        case .idrettshall:
            if weekend { return (10..<16).contains(hour) ? 0.08 : 0 }
            return evening ? (friday ? 0.12 : 0.28) : 0.003
        case .gymsal:
            if weekend { return 0.02 }
            return hour >= 17 && hour < 22 ? (friday ? 0.05 : 0.18) : 0
        case .skolelokale, .forsamlingslokale:
            if weekend { return 0.01 }
            return hour >= 17 && hour < 21 ? (friday ? 0.01 : 0.035) : 0.001
        case .moterom:
            if weekend { return 0 }
            return hour >= 17 && hour < 21 ? 0.03 : 0.003
        case .frivilligsentral, .bibliotek:
            return weekend ? 0 : (hour >= 17 ? 0.03 : 0.005)
        case .uteomrade:
            return 0
        }
    }

    private func duration(_ venue: Venue, meeting: Bool, rng: inout DemoRandom) -> Int {
        let minutes: Int
        if meeting { minutes = rng.pick([(90, 2.0), (120, 3.0), (60, 1.0), (150, 1.0)]) }
        else {
            switch venue.kind {
            case .idrettshall, .gymsal: minutes = rng.pick([(60, 3.0), (90, 4.0), (120, 2.0)])
            default: minutes = rng.pick([(90, 1.0), (120, 3.0), (150, 1.0), (180, 1.0)])
            }
        }
        let slot = venue.slotMinutes
        return max(slot, (minutes + slot - 1) / slot * slot)
    }

    private func purposeFor(_ org: DemoOrg, venue: Venue, meeting: Bool, rng: inout DemoRandom) -> String {
        if !meeting, let pattern = org.pattern, pattern.kinds.contains(venue.kind) { return rng.pick(pattern.purposes) }
        return rng.pick(DemoOrgPatterns.meetings)
    }

    func attendees(_ capacity: Int, meeting: Bool, rng: inout DemoRandom) -> Int {
        let upper = meeting ? min(capacity, 14) : min(capacity, 45)
        let lower = min(upper, meeting ? 3 : 6)
        return rng.int(lower...upper)
    }

    private func align(_ minute: Int, _ slot: Int) -> Int { (minute + slot - 1) / slot * slot }
}
