/// Why a booking cannot be made as asked. Shown before saving, and the
/// store checks the same rules again inside the write transaction.
public enum BookingConflict: Sendable, Hashable {
    case endNotAfterStart
    /// Bookings end the same day (midnight at the latest); opening hours never cross midnight.
    case spansMidnight
    /// 02:00–03:00 on the last Sunday of March does not exist in Oslo.
    case nonexistentTime
    case offSlotGrid(slotMinutes: Int)
    case outsideOpeningHours
    case holiday(Holiday.Kind)
    case closed(reason: String)
    case overlaps(bookerName: String, start: CivilTime, end: CivilTime)
    case overCapacity(capacity: Int)
    case noAttendees
    case inactiveVenue
}

/// The conflict rules of a booking request, pure: the caller supplies the
/// venue, the bookings of that venue around the day, and the closures.
public enum BookingRules {
    /// Minutes after midnight of `start.date` at which `end` falls (1440 = midnight).
    public static func endMinutes(start: CivilDateTime, end: CivilDateTime) -> Int {
        end.ordinal - start.date.dayNumber * 1440
    }

    public static func conflicts(venue: Venue, start: CivilDateTime, end: CivilDateTime, attendees: Int,
                                 existing: [Booking], closures: [Closure], ignoring bookingID: RowID? = nil)
        -> [BookingConflict] {
        var found: [BookingConflict] = []
        if !venue.active { found.append(.inactiveVenue) }
        let endMin = endMinutes(start: start, end: end)
        if endMin <= start.time.minutes { return found + [.endNotAfterStart] }
        if endMin > 1440 { return found + [.spansMidnight] }
        if OsloClock.doesNotExist(start) || OsloClock.doesNotExist(end) { found.append(.nonexistentTime) }
        if start.time.minutes % venue.slotMinutes != 0 || endMin % venue.slotMinutes != 0 {
            found.append(.offSlotGrid(slotMinutes: venue.slotMinutes))
        }
        if venue.closedOnHolidays, let holiday = NorwegianHolidays.holiday(on: start.date) {
            found.append(.holiday(holiday.kind))
        } else if !venue.openingHours.isOpen(weekday: start.date.weekday, from: start.time,
                                            to: CivilTime(minutes: endMin)!) {
            found.append(.outsideOpeningHours)
        }
        for closure in closures where closure.applies(to: venue) && closure.covers(start.date) {
            found.append(.closed(reason: closure.reason))
        }
        let candidate = Booking(venueID: venue.id, start: start, end: end, bookerName: "", purpose: "", attendees: 0)
        for other in existing where other.id != bookingID && other.blocksVenue && other.overlaps(candidate) {
            found.append(.overlaps(bookerName: other.bookerName, start: other.start.time,
                                   end: other.end.date == other.start.date ? other.end.time : .endOfDay))
        }
        if attendees < 1 { found.append(.noAttendees) }
        if attendees > venue.capacity { found.append(.overCapacity(capacity: venue.capacity)) }
        return found
    }
}

extension Booking {
    /// Confirmed and requested bookings hold the venue; rejected and cancelled ones do not.
    public var blocksVenue: Bool { status == .confirmed || status == .requested }
}

extension OpeningHours {
    /// An interval is valid when it starts before it ends within one day:
    /// opening hours across midnight are two intervals on two weekdays.
    public static func isValid(_ interval: Interval) -> Bool {
        interval.start < interval.end && interval.end <= .endOfDay
    }
}
