/// What "find a free slot" asks for. The venue attributes (capacity, kind,
/// kommunedel, step-free access) narrow the venues the store reads; the rest
/// is the pure search below.
public struct FreeSlotQuery: Sendable, Hashable {
    public var filter: VenueFilter
    public var from: CivilDate
    public var through: CivilDate
    /// ISO weekday (1 = Monday), or nil for every day.
    public var weekday: Int?
    /// The time window, minutes of the day: a slot lies wholly inside it.
    public var windowStart: Int
    public var windowEnd: Int
    public var duration: Int

    public init(filter: VenueFilter = VenueFilter(), from: CivilDate, through: CivilDate, weekday: Int? = nil,
                windowStart: Int, windowEnd: Int, duration: Int) {
        self.filter = filter; self.from = from; self.through = through; self.weekday = weekday
        self.windowStart = windowStart; self.windowEnd = windowEnd; self.duration = duration
    }
}

/// One free venue/time that fits.
public struct FreeSlot: Sendable, Hashable {
    public var venue: Venue
    public var start: CivilDateTime
    public var end: CivilDateTime
    public init(venue: Venue, start: CivilDateTime, end: CivilDateTime) { self.venue = venue; self.start = start; self.end = end }
}

public enum FreeSlotSearch {
    public static let limit = 50

    /// Free slots nearest first (by start, then venue order as given), at
    /// most `limit`. Starts step by the venue's slot size; after a fit the
    /// next candidate starts where it ends, so one long free evening gives a
    /// few distinct choices, not one per quarter hour.
    public static func find(_ q: FreeSlotQuery, venues: [Venue], bookings: [Booking], closures: [Closure],
                            limit: Int = limit) -> [FreeSlot] {
        guard q.duration > 0, q.windowStart + q.duration <= q.windowEnd, q.from <= q.through else { return [] }
        var byVenue: [RowID: [Booking]] = [:]
        for b in bookings where b.blocksVenue { byVenue[b.venueID, default: []].append(b) }
        var found: [FreeSlot] = []
        var day = q.from
        while day <= q.through {
            defer { day = day.adding(days: 1) }
            if let w = q.weekday, day.weekday != w { continue }
            var today: [FreeSlot] = []
            for venue in venues {
                if venue.closedOnHolidays && NorwegianHolidays.isHoliday(day) { continue }
                if closures.contains(where: { $0.applies(to: venue) && $0.covers(day) }) { continue }
                today += fits(q, venue: venue, day: day, taken: byVenue[venue.id] ?? [])
            }
            // Nearest first within the day; the sort is stable, so venues keep their order at equal times.
            found += today.enumerated().sorted { ($0.element.start.ordinal, $0.offset) < ($1.element.start.ordinal, $1.offset) }
                .map(\.element)
            if found.count >= limit { break }
        }
        return Array(found.prefix(limit))
    }

    private static func fits(_ q: FreeSlotQuery, venue: Venue, day: CivilDate, taken: [Booking]) -> [FreeSlot] {
        let slot = max(1, venue.slotMinutes)
        let dayStart = day.dayNumber * 1440
        var result: [FreeSlot] = []
        var start = (q.windowStart + slot - 1) / slot * slot
        while start + q.duration <= min(q.windowEnd, 1440) {
            let end = start + q.duration
            let open = venue.openingHours.isOpen(weekday: day.weekday, from: CivilTime(minutes: start)!,
                                                 to: end == 1440 ? .endOfDay : CivilTime(minutes: end)!)
            let clash = taken.contains { $0.start.ordinal < dayStart + end && $0.end.ordinal > dayStart + start }
            if open && !clash {
                result.append(FreeSlot(venue: venue, start: CivilDateTime(ordinal: dayStart + start),
                                       end: CivilDateTime(ordinal: dayStart + end)))
                start = end
            } else {
                start += slot
            }
        }
        return result
    }
}
