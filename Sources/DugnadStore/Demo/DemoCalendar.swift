import DugnadCore

/// Walks every venue day by day through the window and emits its bookings in
/// start order — fixed events, then the weekly series, then one-off bookings
/// in the gaps — so a venue can never be double-booked; public bookings also
/// emit their activity occurrence.
struct DemoCalendar {
    let window: DemoWindow
    let venues: [DemoVenue]
    let series: [[DemoSeries]]
    let fixed: [Int: [Int: [DemoFixedEvent]]]
    let orgs: DemoOrgIndex
    /// Staff who enter bookings at the front desk.
    let clerks: [String]
    let bookingTarget: Int

    private struct Planned {
        var start: Int
        var end: Int
        var booker: DemoBooker
        var purpose: String
        var attendees: Int
        var seriesID: RowID?
        var activity: DemoActivityInfo?
    }

    struct Counts { var bookings = 0; var activities = 0 }

    func run(firstBookingID: RowID, firstActivityID: RowID, rng: inout DemoRandom,
             booking emitBooking: (DemoBookingRow) throws -> Void,
             activity emitActivity: (DemoActivityRow) throws -> Void) rethrows -> Counts {
        let days = window.days
        let seriesByWeekday = series.map { list in (1...7).map { wd in list.filter { $0.weekday == wd } } }
        let rate = adHocRate(days: days, seriesByWeekday: seriesByWeekday)
        var counts = Counts()
        var bookingID = firstBookingID, activityID = firstActivityID

        for (v, dv) in venues.enumerated() {
            let venue = dv.venue
            let profiles = (1...7).map { DemoAdHoc.startProfile(venue, weekday: $0) }
            let profileWeights = profiles.map { $0.map(\.1) }
            for date in days {
                let weekday = date.weekday
                if venue.closedOnHolidays && window.isHoliday(date) { continue }
                let intervals = venue.openingHours.intervals(on: weekday)
                if intervals.isEmpty { continue }
                var plan = DemoDayPlan()
                var items: [Planned] = []

                for event in fixed[v]?[date.dayNumber] ?? [] where plan.isFree(event.start, event.end) {
                    plan.take(event.start, event.end)
                    items.append(Planned(start: event.start, end: event.end, booker: event.booker,
                                         purpose: event.purpose, attendees: event.attendees, activity: event.activity))
                }
                if !window.isHoliday(date) {
                    for s in seriesByWeekday[v][weekday - 1] where s.season.includes(date) && plan.isFree(s.start, s.end) {
                        plan.take(s.start, s.end)
                        items.append(Planned(start: s.start, end: s.end, booker: s.booker, purpose: s.purpose,
                                             attendees: s.attendees, seriesID: s.id, activity: s.activity))
                    }
                }
                let wanted = rng.poisson(rate * adHocWeight(dv, date))
                for _ in 0..<wanted {
                    guard !profiles[weekday - 1].isEmpty else { break }
                    for _ in 0..<4 {
                        let start = profiles[weekday - 1][rng.weightedIndex(profileWeights[weekday - 1])].0
                        if let item = adHoc(dv, date: date, start: start, intervals: intervals, plan: plan, rng: &rng) {
                            plan.take(item.start, item.end)
                            items.append(item)
                            break
                        }
                    }
                }

                items.sort { $0.start < $1.start }
                for item in items {
                    let row = makeBooking(id: bookingID, dv, date: date, item, rng: &rng)
                    try emitBooking(row)
                    counts.bookings += 1
                    if let info = item.activity {
                        let b = row.booking
                        let activity = Activity(id: activityID, title: info.title, organiser: info.organiser,
                                                category: info.category, audience: info.audience,
                                                kommunedelID: venue.kommunedelID, venueID: venue.id,
                                                start: b.start, end: b.end, free: info.priceOre == 0,
                                                cancelled: b.status == .cancelled, description: info.description)
                        try emitActivity(DemoActivityRow(activity: activity, organisationID: info.organisationID,
                                                         bookingID: bookingID, priceOre: info.priceOre))
                        activityID += 1
                        counts.activities += 1
                    }
                    bookingID += 1
                }
            }
        }
        return counts
    }

    private func adHocWeight(_ dv: DemoVenue, _ date: CivilDate) -> Double {
        DemoAdHoc.kindWeight(dv.venue.kind) * DemoAdHoc.dayWeight(date.weekday) * window.adHocWeight(date)
    }

    /// One-off bookings per unit of weight, so that weekly and one-off
    /// bookings together come close to the target.
    private func adHocRate(days: [CivilDate], seriesByWeekday: [[[DemoSeries]]]) -> Double {
        var weekly = 0, total = 0.0
        for (v, dv) in venues.enumerated() {
            for date in days {
                if dv.venue.closedOnHolidays && window.isHoliday(date) { continue }
                if dv.venue.openingHours.intervals(on: date.weekday).isEmpty { continue }
                if !window.isHoliday(date) {
                    weekly += seriesByWeekday[v][date.weekday - 1].filter { $0.season.includes(date) }.count
                }
                total += adHocWeight(dv, date)
            }
        }
        let wanted = max(Double(bookingTarget - weekly), 0.2 * Double(bookingTarget))
        // Some one-off bookings find no free gap; ask for a few more.
        return total > 0 ? wanted * 1.08 / total : 0
    }

    private func adHoc(_ dv: DemoVenue, date: CivilDate, start: Int, intervals: [OpeningHours.Interval],
                       plan: DemoDayPlan, rng: inout DemoRandom) -> Planned? {
        let venue = dv.venue
        let privately = rng.chance(DemoAdHoc.privateShare(venue.kind, weekend: date.isWeekend))
        let slot = venue.slotMinutes
        let minutes = max(slot, DemoAdHoc.duration(venue.kind, privateBooking: privately, rng: &rng) / slot * slot)
        guard let interval = intervals.first(where: { $0.start.minutes <= start && start < $0.end.minutes }) else {
            return nil
        }
        let end = min(start + minutes, interval.end.minutes)
        guard plan.isFree(start, end) else { return nil }

        if privately {
            let person = DemoPeople.person(&rng)
            let booker = DemoBooker(organisationID: nil, name: person.fullName, phone: DemoPeople.mobile(&rng),
                                    registered: false, municipal: false)
            let upper = max(1, min(venue.capacity, 60))
            return Planned(start: start, end: end, booker: booker,
                           purpose: DemoAdHoc.privatePurpose(venue.kind, rng: &rng),
                           attendees: rng.int(min(upper, 5)...upper))
        }
        let sporty = venue.kind == .idrettshall || venue.kind == .gymsal || venue.kind == .uteomrade
        let meeting = !sporty && (venue.kind == .moterom || rng.chance(0.4))
        guard let org = meeting ? orgs.forMeeting(in: venue, rng: &rng)
                                : (orgs.forActivity(in: venue, rng: &rng) ?? orgs.forMeeting(in: venue, rng: &rng))
        else { return nil }
        var item = Planned(start: start, end: end, booker: .organisation(org.org), purpose: "", attendees: 0)
        let publicKinds: [VenueKind] = [.forsamlingslokale, .bibliotek, .uteomrade, .frivilligsentral, .idrettshall]
        if !meeting, publicKinds.contains(venue.kind), rng.chance(venue.kind == .uteomrade ? 0.8 : 0.2) {
            let title = DemoAdHoc.eventTitle(for: org, on: date, kind: venue.kind, rng: &rng)
            item.purpose = title
            item.attendees = rng.int(min(venue.capacity, 20)...min(venue.capacity, 300))
            item.activity = DemoActivityInfo(
                title: "\(title) – \(org.org.name)", organiser: org.org.name, organisationID: org.org.id,
                category: org.pattern?.activityCategory ?? .sosialt, audience: org.pattern?.audience ?? .alle,
                description: "Arrangement i regi av \(org.org.name).",
                priceOre: rng.chance(0.3) ? Int64(rng.int(1...8)) * 5_000 : 0)
        } else if !meeting, let pattern = org.pattern, pattern.kinds.contains(venue.kind) {
            item.purpose = rng.pick(pattern.purposes)
            item.attendees = rng.int(min(venue.capacity, 6)...min(venue.capacity, 40))
        } else {
            item.purpose = rng.pick(DemoOrgPatterns.meetings)
            item.attendees = rng.int(min(venue.capacity, 3)...min(venue.capacity, 14))
        }
        return item
    }

    private func makeBooking(id: RowID, _ dv: DemoVenue, date: CivilDate, _ item: Planned,
                             rng: inout DemoRandom) -> DemoBookingRow {
        let venue = dv.venue
        let start = CivilDateTime(date: date, time: CivilTime(minutes: item.start)!)
        let end = CivilDateTime(date: date, time: CivilTime(minutes: item.end)!)
        let future = date >= window.today
        var status = BookingStatus.confirmed
        if item.seriesID != nil || item.activity != nil {
            if rng.chance(0.02) { status = .cancelled }
        } else if venue.requiresApproval && future && rng.chance(0.4) {
            status = .requested     // the approval queue has work in it
        } else if venue.requiresApproval && !future && rng.chance(0.04) {
            status = .rejected
        } else if rng.chance(future ? 0.04 : 0.06) {
            status = .cancelled
        }
        var booking = Booking(id: id, venueID: venue.id, start: start, end: end, status: status,
                              organisationID: item.booker.organisationID, bookerName: item.booker.name,
                              bookerPhone: item.booker.phone, purpose: item.purpose, attendees: item.attendees,
                              isPublic: item.activity != nil,
                              price: DemoPricing.price(venue, booker: item.booker, minutes: item.end - item.start),
                              seriesID: item.seriesID)
        if status == .confirmed && venue.accessMethod == .codeLock {
            booking.accessCode = DemoPricing.accessCode(&rng)
        }
        // Weekly bookings are entered when the season is planned; one-offs some days ahead.
        let lead = item.seriesID != nil ? window.first.days(until: date) + 20 : rng.int(1...45)
        return DemoBookingRow(booking: booking, createdBy: rng.pick(clerks),
                              createdAt: window.createdAt(for: start, leadDays: lead, minute: rng.int(0...719)))
    }
}
