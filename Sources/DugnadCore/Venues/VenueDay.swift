/// What a grid cell shows. Bookings win over the rest: a booking made
/// before a closure was decided is still there and must be seen.
public enum CellState: Sendable, Hashable {
    case free
    case booked(RowID)
    case requested(RowID)
    case closed
    case outside
    case holiday
}

/// One venue on one day, with what holds it: one row of the day grid.
public struct VenueDay: Sendable, Hashable, Identifiable {
    public var venue: Venue
    public var date: CivilDate
    /// The venue's bookings starting that day, by start (any status).
    public var bookings: [Booking]
    /// Closures of the venue or its site that cover the day.
    public var closures: [Closure]
    /// The organisations of those bookings, by id (name, contact, phone).
    public var parties: [RowID: BookingParty]

    public init(venue: Venue, date: CivilDate, bookings: [Booking] = [], closures: [Closure] = [],
                parties: [RowID: BookingParty] = [:]) {
        self.venue = venue; self.date = date; self.bookings = bookings; self.closures = closures
        self.parties = parties
    }

    /// The organisation of a booking of the row, if it has one.
    public func party(of booking: Booking) -> BookingParty? { booking.organisationID.flatMap { parties[$0] } }

    public var id: RowID { venue.id }

    /// The day grid's columns are half hours; a 60-minute venue spans two
    /// columns per slot, a 15-minute one shows two slots per column.
    public static let columnMinutes = 30
    public static let columns = 1440 / columnMinutes

    public var isHoliday: Bool { venue.closedOnHolidays && NorwegianHolidays.isHoliday(date) }
    public var isClosed: Bool { closures.contains { $0.applies(to: venue) && $0.covers(date) } }

    /// The minutes [from, to) of a column.
    public static func span(ofColumn column: Int) -> (from: Int, to: Int) {
        (column * columnMinutes, (column + 1) * columnMinutes)
    }

    /// The holding booking overlapping minutes [from, to) of the day, if any.
    public func booking(from: Int, to: Int) -> Booking? {
        let dayStart = date.dayNumber * 1440
        return bookings.first { b in
            b.blocksVenue && b.start.ordinal - dayStart < to && b.end.ordinal - dayStart > from
        }
    }

    public func state(ofColumn column: Int) -> CellState {
        state(ofColumn: column, holiday: isHoliday, closed: isClosed)
    }

    /// The states of the columns in `range` (those on screen), indexed from
    /// `range.lowerBound`; the day's holiday and closure looked up once per row.
    public func states(columns range: Range<Int>) -> [CellState] {
        let holiday = isHoliday, closed = isClosed
        return range.map { state(ofColumn: $0, holiday: holiday, closed: closed) }
    }

    private func state(ofColumn column: Int, holiday: Bool, closed: Bool) -> CellState {
        let (from, to) = Self.span(ofColumn: column)
        if let b = booking(from: from, to: to) { return b.status == .requested ? .requested(b.id) : .booked(b.id) }
        if holiday { return .holiday }
        if closed { return .closed }
        let open = venue.openingHours.isOpen(weekday: date.weekday, from: CivilTime(minutes: from)!,
                                             to: CivilTime(minutes: to)!)
        return open ? .free : .outside
    }

    /// Columns [first, last] widened outwards to whole slots of the venue,
    /// as (start, end) minutes of the day.
    public func slotAligned(firstColumn: Int, lastColumn: Int) -> (start: Int, end: Int) {
        let slot = venue.slotMinutes
        let from = Self.span(ofColumn: min(firstColumn, lastColumn)).from
        let to = Self.span(ofColumn: max(firstColumn, lastColumn)).to
        return (from / slot * slot, min(1440, (to + slot - 1) / slot * slot))
    }

    /// The first opening minute of the day (for placing the cursor), if open at all.
    public var firstOpenMinute: Int? {
        venue.openingHours.intervals(on: date.weekday).map(\.start.minutes).min()
    }
}

extension VenueDay {
    /// One venue's week as seven days from `monday`: the week view's rows.
    /// The store reads the week's bookings and closures once; this sorts them
    /// into days (a booking belongs to the day it starts, as in the day grid).
    public static func week(of venue: Venue, from monday: CivilDate, bookings: [Booking], closures: [Closure],
                            parties: [RowID: BookingParty] = [:]) -> [VenueDay] {
        let first = monday.dayNumber
        var byDay = Array(repeating: [Booking](), count: 7)
        for b in bookings.sorted(by: { ($0.start.ordinal, $0.id) < ($1.start.ordinal, $1.id) }) {
            let d = b.start.date.dayNumber - first
            if (0..<7).contains(d) { byDay[d].append(b) }
        }
        return (0..<7).map { i in
            let date = monday.adding(days: i)
            return VenueDay(venue: venue, date: date, bookings: byDay[i],
                            closures: closures.filter { $0.applies(to: venue) && $0.covers(date) }, parties: parties)
        }
    }
}
