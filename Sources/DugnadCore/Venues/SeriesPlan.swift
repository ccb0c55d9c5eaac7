/// One date of a weekly series as it would be booked: the booking (the
/// template moved to that date) and what stands in its way.
public struct SeriesOccurrence: Sendable, Hashable {
    public var booking: Booking
    public var conflicts: [BookingConflict]
    /// A Norwegian public holiday (skipped when the series skips holidays).
    public var isHoliday: Bool

    public init(booking: Booking, conflicts: [BookingConflict], isHoliday: Bool) {
        self.booking = booking; self.conflicts = conflicts; self.isHoliday = isHoliday
    }

    public var date: CivilDate { booking.start.date }

    /// Whether the occurrence is left out: a holiday when holidays are skipped,
    /// a conflict when conflicts are skipped. Any other conflict refuses the series.
    public func isSkipped(skipConflicts: Bool, skipHolidays: Bool) -> Bool {
        (skipHolidays && isHoliday) || (skipConflicts && !conflicts.isEmpty)
    }
}

extension WeeklySeries {
    /// The template booking (its times of day, booker, purpose) on every date
    /// of the series. A booking ending at 24:00 keeps ending at the next midnight.
    public func bookings(of template: Booking) -> [Booking] {
        let startMinute = template.start.time.minutes
        let length = template.end.ordinal - template.start.ordinal
        return dates().map { date in
            var b = template
            b.id = 0
            b.start = CivilDateTime(ordinal: date.dayNumber * 1440 + startMinute)
            b.end = CivilDateTime(ordinal: date.dayNumber * 1440 + startMinute + length)
            return b
        }
    }
}
